#!/usr/bin/env node
import { randomBytes } from 'node:crypto';
import { InvalidParameterError } from '@trellis/core';
import { Command, InvalidArgumentError } from 'commander';
import { removeDemoOrganization } from './capabilities/demo/services/demo';
import { createTokenForOrganization, createUserInOrganization } from './capabilities/identity/services/admin';
import { resetPasswordFromShell } from './capabilities/identity/services/password-reset';
import { roles } from './platform/auth/roles';
import { registerBackupCommands } from './platform/backup/cli';
import { type Config, loadConfig } from './platform/config';
import { openConfiguredDatabase } from './platform/db/open';
import { installCrashHandler } from './platform/observability/crash';
import { TRELLIS_VERSION } from './platform/version';
import { registerQaCommands } from './qa-cli';
import { startServer } from './server';

installCrashHandler();

/** Exit status of a usage error (unknown command or flag, a missing or bad value): 2, as shells expect. */
const USAGE = 2;

const program = new Command('trellis')
  .description('Scale the AI pilots that worked without losing what made them work.')
  .version(TRELLIS_VERSION, '-v, --version', 'print the version')
  // Set before any subcommand is added, so they all inherit it. Commander has printed the message (naming
  // the command or flag) by now; help and --version exit 0.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : USAGE));

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port from 0 to 65535');
  return n;
};
const role = (value: string) => {
  if (!(roles as readonly string[]).includes(value))
    throw new InvalidArgumentError(`one of ${roles.join(', ')}`);
  return value as (typeof roles)[number];
};

function configFrom(options: { dataDir?: string; port?: number; host?: string }): Config {
  return loadConfig({ dataDir: options.dataDir, port: options.port, host: options.host });
}

async function withDatabase<T>(
  options: { dataDir?: string },
  fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
) {
  const db = await openConfiguredDatabase(configFrom(options));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

program
  .command('start')
  .description('Start the server (embedded database unless DATABASE_URL is set)')
  .option('--port <port>', 'port to listen on (default 3000, or PORT)', port)
  .option('--host <host>', 'address to listen on (default 127.0.0.1, or HOST)')
  .option('--data-dir <dir>', 'embedded database directory (default ./.trellis/data, or TRELLIS_DATA_DIR)')
  .option('--demo', 'load a realistic demo organization (Northwind Learning) and print how to sign in')
  .action(async (options) => {
    await startServer(configFrom(options), { demo: Boolean(options.demo) });
  });

program
  .command('migrate')
  .description('Bring the database schema up to date, then exit')
  .option('--data-dir <dir>', 'embedded database directory')
  .action(async (options) => {
    await withDatabase(options, async (db) => console.log(`Database (${db.engine}) is up to date.`));
  });

const demo = program.command('demo').description('The demo organization');
demo
  .command('remove')
  .description(
    'Remove the demo organization (Northwind Learning) and everything in it; other organizations stay',
  )
  .option('--data-dir <dir>', 'embedded database directory')
  .action(async (options) => {
    const result = await withDatabase(options, (db) => removeDemoOrganization(db));
    console.log(
      result.removed
        ? `Removed the demo organization and ${result.usersRemoved} demo ${result.usersRemoved === 1 ? 'person' : 'people'}. When nobody is left, the next \`trellis start\` (without --demo) prints the setup link for your own organization.`
        : 'There is no demo organization.',
    );
  });

const user = program.command('user').description('Manage people');
user
  .command('create')
  .description(
    'Create a person in an organization (creating the organization, with them as owner, if it is new)',
  )
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--org <name>', 'organization name or slug')
  .option('--role <role>', 'role in the organization', role, 'owner')
  .option('--password-stdin', 'read the password from standard input (else one is generated and printed)')
  .option('--data-dir <dir>', 'embedded database directory')
  .action(async (options) => {
    const generated = options.passwordStdin ? undefined : randomBytes(12).toString('base64url');
    const password = generated ?? (await readStdin());
    const result = await withDatabase(options, (db) =>
      createUserInOrganization(db, {
        email: options.email,
        name: options.name,
        organization: options.org,
        role: options.role,
        password,
      }),
    );
    console.log(
      `Created ${result.email} as ${result.role} of ${result.organizationName} (${result.organizationSlug}).`,
    );
    if (generated) console.log(`Password (shown once): ${generated}`);
  });

user
  .command('reset-password')
  .description("Set a person's password, read from standard input; every session of theirs ends")
  .requiredOption('--email <email>')
  .option('--data-dir <dir>', 'embedded database directory')
  .action(async (options) => {
    const password = await readStdin();
    const person = await withDatabase(options, (db) =>
      db.system((tx) => resetPasswordFromShell(tx, options.email, password)),
    );
    console.log(`Set a new password for ${person.email}; their sessions are signed out.`);
  });

const token = program.command('token').description('Manage API tokens');
token
  .command('create')
  .description('Create an API token for an organization and print its secret once')
  .requiredOption('--org <slug>', 'organization slug or name')
  .requiredOption('--name <name>')
  .option('--role <role>', 'role of the token', role, 'contributor')
  .option('--expires-at <date>', 'ISO date when the token stops working')
  .option('--data-dir <dir>', 'embedded database directory')
  .action(async (options) => {
    const expiresAt = options.expiresAt ? new Date(options.expiresAt) : undefined;
    if (expiresAt && Number.isNaN(expiresAt.getTime()))
      throw new InvalidArgumentError('--expires-at must be a date');
    const secret = await withDatabase(options, (db) =>
      createTokenForOrganization(db, {
        organization: options.org,
        name: options.name,
        role: options.role,
        expiresAt,
      }),
    );
    console.log(secret);
  });

registerQaCommands(program);
registerBackupCommands(program, withDatabase);

program.parseAsync().catch((error: unknown) => {
  // A bad value found while running (it names its flag) is a usage error too; anything else is a failure.
  const usage =
    error instanceof InvalidArgumentError ||
    (error instanceof InvalidParameterError && error.parameter.startsWith('--'));
  console.error(
    usage ? `error: ${(error as Error).message}` : error instanceof Error ? error.message : error,
  );
  process.exit(usage ? USAGE : 1);
});
