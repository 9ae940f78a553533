import fs from 'node:fs';
import os from 'node:os';

/**
 * A crash as one JSON line on stderr, in the server log's own shape (pino: level 60 = fatal), so a log
 * pipeline keeps the stack with its message instead of splitting it into lines. Written synchronously:
 * the process exits right after.
 */
export function crashLine(error: unknown, now = Date.now()): string {
  const err =
    error instanceof Error
      ? { type: error.name, message: error.message, stack: error.stack }
      : { type: typeof error, message: String(error) };
  return `${JSON.stringify({ level: 60, time: now, pid: process.pid, hostname: os.hostname(), msg: 'uncaught exception', err })}\n`;
}

/** Uncaught exceptions (and unhandled rejections, which Node raises as such) end the process with one line. */
export function installCrashHandler() {
  process.on('uncaughtException', (error) => {
    try {
      fs.writeSync(2, crashLine(error));
    } finally {
      process.exit(1);
    }
  });
}
