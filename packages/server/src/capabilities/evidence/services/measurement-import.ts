import { parse } from 'csv-parse/sync';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { badRequest, type FieldError, fieldError } from '../../../platform/http/problem';
import { evidenceWindows, measurementGroups } from '../evidence-schema';
import { getMetric } from './evidence-metrics';
import { checkMeasurement, type MeasurementInput, recordMeasurements } from './measurements';

/** The most data rows one CSV import takes. */
export const MAX_IMPORT_ROWS = 5000;
const REQUIRED = ['window', 'measured_on', 'value'] as const;
const OPTIONAL = ['group', 'total', 'unit', 'note', 'client_id'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field of line `line` of the file (the header is line 1). */
const at = (line: number, field: string) => `csv.line.${line}.${field}`;

function parseRows(csv: string): Array<Record<string, string>> {
  try {
    return parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw fieldError('body.csv', `is not readable CSV: ${(error as Error).message}`);
  }
}

function checkHeader(columns: string[]): void {
  const errors: FieldError[] = [];
  for (const c of REQUIRED)
    if (!columns.includes(c)) errors.push({ path: 'csv.header', message: `missing the column "${c}"` });
  for (const c of columns)
    if (!KNOWN.has(c))
      errors.push({ path: 'csv.header', message: `unknown column "${c}" (known: ${[...KNOWN].join(', ')})` });
  if (errors.length) throw badRequest('The CSV header is not valid; nothing was imported.', errors);
}

const isValidDate = (s: string) =>
  ISO_DATE.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** One row as a measurement, or the errors of its types (the metric's rules are checked after). */
function readRow(row: Record<string, string>, line: number): MeasurementInput | FieldError[] {
  const errors: FieldError[] = [];
  const window = row.window ?? '';
  if (!(evidenceWindows as readonly string[]).includes(window))
    errors.push({ path: at(line, 'window'), message: `"${window}" is not a window (baseline or pilot)` });
  const group = row.group || 'pilot';
  if (!(measurementGroups as readonly string[]).includes(group))
    errors.push({ path: at(line, 'group'), message: `"${group}" is not a group (pilot or comparison)` });
  const measuredOn = row.measured_on ?? '';
  if (!isValidDate(measuredOn))
    errors.push({ path: at(line, 'measured_on'), message: `"${measuredOn}" is not a date (YYYY-MM-DD)` });
  const value = Number(row.value);
  if (!row.value || !Number.isFinite(value))
    errors.push({ path: at(line, 'value'), message: `"${row.value ?? ''}" is not a number` });
  const total = row.total ? Number(row.total) : undefined;
  if (total !== undefined && !Number.isFinite(total))
    errors.push({ path: at(line, 'total'), message: `"${row.total}" is not a number` });
  if (errors.length) return errors;
  return {
    window: window as MeasurementInput['window'],
    group: group as MeasurementInput['group'],
    measuredOn,
    value,
    total,
    unit: row.unit || undefined,
    note: row.note || undefined,
    clientId: row.client_id || undefined,
  };
}

/**
 * Imports measurements from CSV (columns window, measured_on, value, and optionally group, total, unit,
 * note, client_id). Every row is checked before anything is stored: one bad row refuses the file, with
 * each error naming its line and column. `dryRun` checks and counts without storing (the preview).
 */
export async function importMeasurementsCsv(
  tx: Tx,
  ctx: OrgContext,
  metricId: string,
  input: { csv: string; dryRun?: boolean | undefined },
) {
  const metric = await getMetric(tx, ctx, metricId);
  const rows = parseRows(input.csv);
  if (!rows.length) throw fieldError('body.csv', 'has no data rows');
  if (rows.length > MAX_IMPORT_ROWS)
    throw fieldError('body.csv', `has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} per import`);
  checkHeader(Object.keys(rows[0]!));
  const errors: FieldError[] = [];
  const measurements: MeasurementInput[] = [];
  for (const [i, row] of rows.entries()) {
    const read = readRow(row, i + 2);
    if (Array.isArray(read)) errors.push(...read);
    else {
      errors.push(
        ...checkMeasurement(metric, read, `csv.line.${i + 2}`).map((e) => ({
          ...e,
          path: e.path.replace(/measuredOn$/, 'measured_on'),
        })),
      );
      measurements.push(read);
    }
  }
  if (errors.length) {
    const lines = new Set(errors.map((e) => e.path.split('.')[2])).size;
    throw badRequest(
      `${lines} of ${rows.length} rows are not valid; nothing was imported.`,
      errors.slice(0, 200),
    );
  }
  const counts = {
    rows: measurements.length,
    baseline: measurements.filter((m) => m.window === 'baseline').length,
    pilot: measurements.filter((m) => m.window === 'pilot').length,
    comparison: measurements.filter((m) => m.group === 'comparison').length,
  };
  if (input.dryRun) return { ...counts, imported: 0, duplicates: 0 };
  const stored = await recordMeasurements(tx, ctx, metric.id, measurements, {
    source: 'imported',
    pathOf: (i) => `csv.line.${i + 2}`,
  });
  const duplicates = stored.filter((s) => s.duplicate).length;
  return { ...counts, imported: stored.length - duplicates, duplicates };
}
