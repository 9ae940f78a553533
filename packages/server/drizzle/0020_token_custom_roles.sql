CREATE TABLE "token_custom_roles" (
	"organization_id" uuid NOT NULL,
	"token_id" uuid PRIMARY KEY NOT NULL,
	"custom_role_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "token_custom_roles" ADD CONSTRAINT "token_custom_roles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_custom_roles" ADD CONSTRAINT "token_custom_roles_token_id_api_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."api_tokens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_custom_roles" ADD CONSTRAINT "token_custom_roles_custom_role_id_custom_roles_id_fk" FOREIGN KEY ("custom_role_id") REFERENCES "public"."custom_roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "token_custom_roles_role_idx" ON "token_custom_roles" USING btree ("custom_role_id");