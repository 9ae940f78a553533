import type pg from 'pg';
// node-postgres's own row reader and parameter encoding, so a pipelined statement's rows and values are
// exactly those of `client.query` (the row mode and type parsers drizzle asks for included).
import Result from 'pg/lib/result.js';
import { prepareValue } from 'pg/lib/utils.js';

/** One statement of a pipeline: text with `$n` parameters; a named one is parsed once per connection. */
export interface Statement {
  text: string;
  values?: unknown[];
  name?: string;
}

/** What drizzle passes to `client.query(config, values)`. */
interface QueryConfig extends Statement {
  rowMode?: 'array';
  types?: unknown;
}

/** node-postgres's record of the statements a connection has prepared (name → text). */
type Prepared = pg.Connection & { parsedStatements: Record<string, string> };

/**
 * Statements sent in one round trip on one connection: each statement's extended-protocol messages (parse,
 * bind, execute) written together, one Sync at the end. The server runs them in order and, after an error,
 * skips everything up to the Sync, so the outcome is that of sending them one at a time and stopping at the
 * first failure. Only `main`'s rows are read and answered; `before` and `after` are commands whose results
 * are not needed (BEGIN, the tenant scope, COMMIT).
 */
class Pipeline implements pg.Submittable {
  private readonly result: Result;
  /** Statements whose CommandComplete has arrived: tells which statement a message belongs to. */
  private completed = 0;
  private error: Error | undefined;

  constructor(
    private readonly before: Statement[],
    private readonly main: QueryConfig,
    private readonly after: Statement[],
    private readonly done: (error: Error | null, result?: Result) => void,
  ) {
    this.result = new Result(main.rowMode, main.types);
  }

  /** The statements' text, `; `-separated: what a query log or a test spying on `query` sees. */
  get text(): string {
    return [...this.before, this.main, ...this.after].map((s) => s.text).join('; ');
  }

  submit(connection: pg.Connection): void {
    const stream = connection.stream as pg.Connection['stream'] & { cork(): void; uncork(): void };
    this.connection = connection as Prepared;
    stream.cork();
    try {
      for (const statement of this.before) send(this.connection, statement, false);
      send(this.connection, this.main, true);
      for (const statement of this.after) send(this.connection, statement, false);
      connection.sync();
    } finally {
      stream.uncork();
    }
  }

  private connection: Prepared | undefined;

  private get atMain(): boolean {
    return this.completed === this.before.length;
  }

  handleRowDescription(message: { fields: unknown[] }): void {
    if (this.atMain) this.result.addFields(message.fields);
  }

  handleDataRow(message: { fields: unknown[] }): void {
    if (!this.atMain || this.error) return;
    try {
      this.result.addRow(this.result.parseRow(message.fields));
    } catch (error) {
      this.error = error as Error;
    }
  }

  handleCommandComplete(message: unknown): void {
    if (this.atMain) this.result.addCommandComplete(message);
    this.completed++;
  }

  handleEmptyQuery(): void {
    this.completed++;
  }

  handlePortalSuspended(): void {}

  /** The client forgets this pipeline on an error (the server skips to the Sync): answer now. */
  handleError(error: Error): void {
    this.done(this.error ?? error);
  }

  handleReadyForQuery(): void {
    if (this.error) {
      this.done(this.error);
      return;
    }
    // Every statement ran, so the named ones are prepared on this connection from now on. After an error
    // none is recorded, and the next use closes the name before parsing it again (send()).
    for (const s of [...this.before, this.main, ...this.after])
      if (s.name) this.connection!.parsedStatements[s.name] = s.text;
    this.done(null, this.result);
  }

  handleCopyInResponse(): void {
    this.error = new Error('COPY is not supported in a pipelined statement');
  }

  handleCopyData(): void {}
}

function send(connection: Prepared, statement: Statement, describe: boolean): void {
  const { name = '' } = statement;
  if (!name || connection.parsedStatements[name] !== statement.text) {
    // A name this connection may have parsed in a pipeline that then failed: closing a statement that does
    // not exist is no error, and it frees the name for this Parse.
    if (name) connection.close({ type: 'S', name } as never, true);
    connection.parse({ name, text: statement.text, types: [] } as never, true);
  }
  connection.bind(
    { statement: name, values: statement.values ?? [], valueMapper: prepareValue } as never,
    true,
  );
  if (describe) connection.describe({ type: 'P' } as never, true);
  connection.execute({ rows: 0 } as never, true);
}

/** The line of each PostgreSQL request transaction while it runs (its drizzle handle outlives it). */
const lines = new WeakMap<object, Line>();

export type Line = ReturnType<typeof openLazily>;

/**
 * A transaction whose opening statements go with its first statement: BEGIN and the tenant scope cost no
 * round trip of their own. `client.query` of the checked-out connection is replaced until `close()`; its
 * first call — drizzle's `(config, values)` — is sent as one pipeline behind the opening. Any other first
 * call (a callback, a submittable) is refused: nothing may run before the transaction
 * has begun and its scope is set, and nothing in the app sends one. After `commitNext()`, the next statement
 * carries the COMMIT behind it (see `executeAndCommit`).
 */
export function openLazily(client: pg.PoolClient, opening: Statement[], handle?: object) {
  const plain = client.query as (...args: unknown[]) => unknown;
  const state = { begun: false, commitNext: false, committing: false, committed: false };
  const query = (...args: unknown[]) => {
    if (state.committed)
      return Promise.reject(
        new Error('This transaction has committed; nothing may follow its last statement'),
      );
    if (state.begun && !state.commitNext) return plain.apply(client, args);
    const [first, values] = args;
    const config: QueryConfig | undefined =
      typeof first === 'string'
        ? { text: first }
        : first && typeof first === 'object' && !('submit' in first)
          ? (first as QueryConfig)
          : undefined;
    if (!config || args.length > 2 || typeof config.text !== 'string')
      return Promise.reject(new Error('A pipelined statement must be a plain query'));
    const main = { ...config, values: (values as unknown[] | undefined) ?? config.values };
    const before = state.begun ? [] : opening;
    const commit = state.commitNext;
    state.begun = true;
    state.commitNext = false;
    state.committing = commit;
    return new Promise<Result>((resolve, reject) => {
      plain.call(
        client,
        new Pipeline(before, main, commit ? [{ text: 'COMMIT' }] : [], (error, result) => {
          if (error) return reject(error);
          if (commit) state.committed = true;
          resolve(result!);
        }),
      );
    });
  };
  client.query = query as never;
  const line = {
    /** Whether BEGIN has been sent: the transaction then needs its COMMIT or ROLLBACK. */
    get begun() {
      return state.begun;
    },
    /** Whether a statement carrying the COMMIT has been sent (its outcome is unknown if the connection drops). */
    get committing() {
      return state.committing;
    },
    /** Whether the COMMIT sent with the last statement succeeded. */
    get committed() {
      return state.committed;
    },
    /** The next statement is the transaction's last: the COMMIT goes behind it (false: no longer). */
    commitNext(next = true) {
      state.commitNext = next;
    },
    /** Gives the connection its own `query` back (before it returns to the pool). */
    close() {
      if (handle) lines.delete(handle);
      delete (client as { query?: unknown }).query;
    },
  };
  if (handle) lines.set(handle, line);
  return line;
}

/**
 * Runs `run` — exactly one statement, the transaction's last — with the COMMIT behind it in the same round
 * trip (a PostgreSQL request transaction); nothing may run on the transaction afterwards. Elsewhere (the
 * embedded database, the system transactions) it only runs it, and the transaction commits when it ends.
 * If the statement fails the COMMIT is never run and the transaction rolls back as usual.
 */
export async function executeAndCommit<T>(tx: object, run: () => Promise<T>): Promise<T> {
  const line = lines.get(tx);
  line?.commitNext();
  try {
    return await run();
  } finally {
    // A `run` that sent no statement leaves the COMMIT to the transaction's end.
    line?.commitNext(false);
  }
}
