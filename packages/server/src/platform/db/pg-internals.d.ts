// node-postgres's row reader and parameter encoding (pg/lib), used by pipeline.ts; @types/pg covers only
// the package's main module.
declare module 'pg/lib/result.js' {
  export default class Result {
    constructor(rowMode?: 'array', types?: unknown);
    rows: unknown[];
    addFields(fields: unknown[]): void;
    parseRow(fields: unknown[]): unknown;
    addRow(row: unknown): void;
    addCommandComplete(message: unknown): void;
  }
}
declare module 'pg/lib/utils.js' {
  export function prepareValue(value: unknown): unknown;
}
