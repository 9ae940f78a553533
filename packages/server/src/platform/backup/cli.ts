import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { Command } from 'commander';
import type { Database } from '../db/types';
import { exportOrganization } from './archive';
import { importOrganization } from './restore';

type WithDatabase = <T>(options: { dataDir?: string }, fn: (db: Database) => Promise<T>) => Promise<T>;

/** `trellis export --org` and `trellis import`: an organization's archive as JSON lines (gzip for *.gz). */
export function registerBackupCommands(program: Command, withDatabase: WithDatabase): void {
  program
    .command('export')
    .description(
      'Write a complete, versioned archive of one organization (JSON lines; gzip when --out ends in .gz)',
    )
    .requiredOption('--org <slug>', 'organization slug or id')
    .option('--out <file>', 'where to write (default: standard output)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (options: { org: string; out?: string; dataDir?: string }) => {
      const file = options.out ? fs.createWriteStream(options.out) : process.stdout;
      const gzip = options.out?.endsWith('.gz') ? createGzip() : null;
      if (gzip) gzip.pipe(file);
      const sink: Writable = gzip ?? file;
      const counts = await withDatabase(options, (db) =>
        exportOrganization(db, options.org, async (line) => {
          if (!sink.write(`${line}\n`)) await once(sink, 'drain');
        }),
      );
      if (options.out) {
        sink.end();
        await once(file, 'finish');
        console.error(`Wrote ${counts.rows} rows of ${counts.tables} tables to ${options.out}.`);
      }
    });

  program
    .command('import')
    .description('Restore an organization archive into this instance, all of it or nothing')
    .argument('<file>', 'the archive (use - for standard input; *.gz is gunzipped)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (path: string, options: { dataDir?: string }) => {
      if (path !== '-') fs.accessSync(path, fs.constants.R_OK);
      const restored = await withDatabase(options, (db) =>
        importOrganization(
          db,
          archiveLines(
            () => (path === '-' ? process.stdin : fs.createReadStream(path)),
            path.endsWith('.gz'),
          ),
        ),
      );
      console.error(
        `Restored organization ${restored.organizationId}: ${restored.rows} rows of ${restored.tables} tables.`,
      );
    });
}

/**
 * An archive's lines, read only once someone iterates them. readline emits lines as soon as its input flows
 * and drops those nobody listens for yet; the importer first opens its transaction and reads the catalog
 * (network round trips on PostgreSQL), so an interface made before that lost the first lines — the header
 * among them. Here the stream is opened, and readline's own buffered iterator taken, in the same step as
 * the first read.
 */
export function archiveLines(open: () => Readable, gzip: boolean): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      const source = open();
      const input = gzip ? source.pipe(createGunzip()) : source;
      const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      try {
        yield* lines;
      } finally {
        // A refused archive stops the reading early: the paused streams would keep the process alive.
        lines.close();
        input.destroy();
        source.destroy();
      }
    },
  };
}
