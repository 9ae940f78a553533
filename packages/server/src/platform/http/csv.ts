import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV writer of the product (quoted as needed, one record per line). Cells a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return; a negative number stays a number) get a leading
 * apostrophe (csv-stringify's `escape_formulas`), objects are written as JSON and dates as ISO 8601. A file
 * starts with a byte-order mark so spreadsheets read it as UTF-8.
 */
export function csvText(records: unknown[][], options: { bom?: boolean; crlf?: boolean } = {}): string {
  return stringify(records, {
    bom: options.bom ?? true,
    escape_formulas: true,
    record_delimiter: options.crlf ? 'windows' : 'unix',
    cast: {
      object: (value) => JSON.stringify(value),
      date: (value) => value.toISOString(),
      boolean: (value) => String(value),
    },
  });
}

/** For a CSV streamed in parts: the header line (with the byte-order mark), then rows without it. */
export const csvHeaderLine = (columns: string[], crlf = false) => csvText([columns], { crlf });
export const csvRowLine = (cells: unknown[], crlf = false) => csvText([cells], { bom: false, crlf });

/**
 * The reader's side of `csvText`'s formula escaping: a cell that starts with an apostrophe followed by a character
 * a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) loses that apostrophe, so a file the
 * product wrote imports back unchanged. An apostrophe before anything else is the person's own text and stays.
 * (A cell typed as `'=X` therefore imports as `=X`, as it would read in a spreadsheet.)
 */
export const unescapeCsvFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
