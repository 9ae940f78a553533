import { checkCustomFields } from '@trellis/core';
import { CsvError, parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { memberships, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { unescapeCsvFormula } from '../../../platform/http/csv';
import { badRequest, type FieldError } from '../../../platform/http/problem';
import { orgUnits } from '../../capacity/capacity-schema';
import {
  type CellError,
  CSV_COLUMNS,
  CUSTOM_PREFIX,
  EXPORT_ONLY_COLUMNS,
  type RowContext,
  readApplicationRow,
} from './application-csv';
import { createCheckedApplications, type NewApplication } from './applications';
import { listCustomFields, toDefinition } from './custom-fields';

export const IMPORT_MAX_ROWS = 5000;
const MAX_REPORTED_ERRORS = 200;

export interface ImportRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  name: string;
  stage: string;
  errors: CellError[];
}

export interface ImportCheck {
  columns: string[];
  rows: ImportRow[];
  /** Problems of the file as a whole (header, unreadable CSV); row 1 is the header. */
  fileErrors: CellError[];
  valid: number;
  invalid: number;
  inputs: NewApplication[];
}

async function loadRowContext(tx: Tx, ctx: OrgContext): Promise<RowContext> {
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, ctx.organizationId));
  const units = new Map<string, string | null>();
  const unitRows = await tx
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.organizationId, ctx.organizationId));
  for (const u of unitRows) units.set(u.name.toLowerCase(), units.has(u.name.toLowerCase()) ? null : u.id);
  return {
    members: new Map(people.map((p) => [p.email.toLowerCase(), p.id])),
    units,
    fields: (await listCustomFields(tx, ctx)).map(toDefinition),
  };
}

function readRecords(csv: string): { records: { cells: string[]; row: number }[]; error?: CellError } {
  try {
    const parsed = parse(csv, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as {
      record: string[];
      info: { records: number };
    }[];
    return {
      records: parsed.map((p) => ({ cells: p.record.map(unescapeCsvFormula), row: p.info.records })),
    };
  } catch (error) {
    if (error instanceof CsvError) return { records: [], error: { column: 'file', message: error.message } };
    throw error;
  }
}

/** Parses and checks a CSV of applications without storing anything: the import's preview. */
export async function checkApplicationImport(tx: Tx, ctx: OrgContext, csv: string): Promise<ImportCheck> {
  const result: ImportCheck = { columns: [], rows: [], fileErrors: [], valid: 0, invalid: 0, inputs: [] };
  const { records, error } = readRecords(csv);
  if (error) return { ...result, fileErrors: [error] };
  const [header, ...data] = records;
  if (!header) return { ...result, fileErrors: [{ column: 'file', message: 'The file is empty.' }] };
  const context = await loadRowContext(tx, ctx);
  const columns = header.cells.map((c) => c.trim());
  result.columns = columns;
  const known = new Set<string>([
    ...CSV_COLUMNS,
    ...EXPORT_ONLY_COLUMNS,
    ...context.fields.map((f) => `${CUSTOM_PREFIX}${f.key}`),
  ]);
  for (const column of columns) {
    if (!known.has(column))
      result.fileErrors.push({ column, message: `Row 1: “${column}” is not a column Trellis knows.` });
  }
  if (!columns.includes('name'))
    result.fileErrors.push({ column: 'name', message: 'Row 1: the “name” column is missing.' });
  if (new Set(columns).size !== columns.length)
    result.fileErrors.push({ column: 'file', message: 'Row 1 names a column twice.' });
  if (data.length > IMPORT_MAX_ROWS) {
    result.fileErrors.push({
      column: 'file',
      message: `The file has ${data.length} rows; import at most ${IMPORT_MAX_ROWS} at a time.`,
    });
  }
  if (result.fileErrors.length > 0) return result;
  for (const record of data) {
    const errors: CellError[] = [];
    if (record.cells.length !== columns.length) {
      const missing = columns.slice(record.cells.length);
      errors.push({
        column: '',
        message:
          record.cells.length < columns.length
            ? `Row ${record.row} has ${record.cells.length} of the ${columns.length} columns (missing: ${missing.join(', ')}).`
            : `Row ${record.row} has ${record.cells.length} cells but the header names ${columns.length} columns.`,
      });
    }
    const cells = new Map(columns.map((c, i) => [c, record.cells[i] ?? '']));
    const read = readApplicationRow(cells, context);
    const custom = checkCustomFields(context.fields, read.input.customFields ?? {});
    errors.push(
      ...read.errors,
      ...custom.problems.map((p) => ({ column: `${CUSTOM_PREFIX}${p.key}`, message: p.message })),
    );
    // The stage as written, so a misspelt one shows as such in the preview.
    const stage = cells.get('stage')?.trim() || 'idea';
    result.rows.push({ row: record.row, name: read.input.name, stage, errors });
    if (errors.length === 0) {
      result.valid += 1;
      result.inputs.push({ ...read.input, customFields: custom.values });
    } else result.invalid += 1;
  }
  if (data.length === 0)
    result.fileErrors.push({ column: 'file', message: 'The file has a header but no rows.' });
  return result;
}

/** Every problem of a check as field errors: `rows[3].stage` is row 3's stage cell, `file` the whole file. */
export function importErrors(check: ImportCheck): FieldError[] {
  const errors: FieldError[] = check.fileErrors.map((e) => ({
    path: e.column === 'file' ? 'file' : `header.${e.column}`,
    message: e.message,
  }));
  for (const row of check.rows) {
    for (const e of row.errors) {
      errors.push({
        path: e.column ? `rows[${row.row}].${e.column}` : `rows[${row.row}]`,
        message: e.message.startsWith('Row ') ? e.message : `Row ${row.row}, ${e.column}: ${e.message}`,
      });
    }
  }
  return errors;
}

/**
 * Imports every row of the CSV in the caller's one transaction, or none: any error is a 400 listing the
 * rows and columns at fault, and nothing is stored.
 */
export async function importApplications(
  tx: Tx,
  ctx: OrgContext,
  csv: string,
): Promise<{ created: string[] }> {
  const check = await checkApplicationImport(tx, ctx, csv);
  const errors = importErrors(check);
  if (errors.length > 0) {
    const rows = check.rows.filter((r) => r.errors.length > 0).map((r) => r.row);
    const detail =
      rows.length > 0
        ? `Nothing was imported: ${rows.length} of ${check.rows.length} rows have errors (rows ${rows.slice(0, 20).join(', ')}${rows.length > 20 ? ', …' : ''}).`
        : `Nothing was imported: ${errors[0]!.message}`;
    throw badRequest(detail, errors.slice(0, MAX_REPORTED_ERRORS));
  }
  const created = await createCheckedApplications(tx, ctx, check.inputs, 'csv-import');
  await recordAudit(tx, ctx, {
    action: 'applications.imported',
    entityType: 'organization',
    entityId: ctx.organizationId,
    after: { count: created.length },
  });
  return { created };
}
