CREATE TABLE "rate_limit_windows" (
	"key" text NOT NULL,
	"window_index" bigint NOT NULL,
	"used" integer NOT NULL,
	"last_grant" integer NOT NULL,
	CONSTRAINT "rate_limit_windows_key_window_index_pk" PRIMARY KEY("key","window_index")
);
