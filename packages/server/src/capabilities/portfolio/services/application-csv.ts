import { type CustomFieldDefinition, formatCustomFieldValue, parseCustomFieldText } from '@trellis/core';
import { audiences, dataSensitivities, lifecycleStages, riskTiers } from '../portfolio-schema';
import type { PersonRef, UnitRef } from './application-list';
import type { ApplicationRow, NewApplication } from './applications';

/**
 * The CSV form of an application, shared by import and export so an export can be imported again. Lists
 * (AI tools, org units, links, multi-select values) are separated by semicolons; a link is `label | url`.
 * Custom fields are columns named `custom.<key>`.
 */
export const CSV_COLUMNS = [
  'name',
  'purpose',
  'owner_email',
  'stage',
  'risk_tier',
  'data_sensitivity',
  'audience',
  'ai_tools',
  'org_units',
  'links',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Columns an export adds that an import reads past (an import always creates new applications). */
export const EXPORT_ONLY_COLUMNS = ['id', 'version', 'created_at', 'updated_at'] as const;
export const CUSTOM_PREFIX = 'custom.';
export const LIST_SEPARATOR = ';';

const splitList = (text: string) =>
  text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export interface RowContext {
  /** Members by lower-case email. */
  members: Map<string, string>;
  /** Org unit ids by lower-case name; null when two units share the name. */
  units: Map<string, string | null>;
  fields: CustomFieldDefinition[];
}

export interface CellError {
  column: string;
  message: string;
}

const oneOf = <T extends string>(
  values: readonly T[],
  text: string,
  what: string,
  errors: CellError[],
  column: string,
) => {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if ((values as readonly string[]).includes(value)) return value as T;
  errors.push({ column, message: `“${text}” is not a ${what} (${values.join(', ')}).` });
  return undefined;
};

function readLinks(text: string, errors: CellError[]) {
  const links = [];
  for (const entry of splitList(text)) {
    const bar = entry.lastIndexOf('|');
    const label = bar < 0 ? '' : entry.slice(0, bar).trim();
    const url = (bar < 0 ? entry : entry.slice(bar + 1)).trim();
    if (!/^https?:\/\/\S+$/i.test(url)) {
      errors.push({ column: 'links', message: `“${entry}” is not “label | https://…”.` });
      continue;
    }
    links.push({ label: label || url, url });
  }
  return links;
}

/** Reads one CSV record (cells by column) into a new application, collecting an error per bad cell. */
export function readApplicationRow(
  cells: Map<string, string>,
  context: RowContext,
): { input: NewApplication; errors: CellError[] } {
  const errors: CellError[] = [];
  const cell = (column: string) => cells.get(column) ?? '';
  const name = cell('name').trim();
  if (name === '') errors.push({ column: 'name', message: 'A name is required.' });
  else if (name.length > 200)
    errors.push({ column: 'name', message: 'The name is longer than 200 characters.' });
  const purpose = cell('purpose').trim();
  if (purpose.length > 5000)
    errors.push({ column: 'purpose', message: 'The purpose is longer than 5000 characters.' });
  const email = cell('owner_email').trim().toLowerCase();
  const ownerId = email ? context.members.get(email) : undefined;
  if (email && !ownerId)
    errors.push({
      column: 'owner_email',
      message: `No member of the organization has the email “${email}”.`,
    });
  const orgUnitIds: string[] = [];
  for (const unitName of splitList(cell('org_units'))) {
    const id = context.units.get(unitName.toLowerCase());
    if (id === undefined)
      errors.push({ column: 'org_units', message: `There is no org unit “${unitName}”.` });
    else if (id === null)
      errors.push({ column: 'org_units', message: `Several org units are called “${unitName}”.` });
    else orgUnitIds.push(id);
  }
  const customFields: Record<string, unknown> = {};
  for (const field of context.fields) {
    const text = cells.get(`${CUSTOM_PREFIX}${field.key}`);
    const value = text === undefined ? undefined : parseCustomFieldText(field, text);
    if (value !== undefined) customFields[field.key] = value;
  }
  const input: NewApplication = {
    name,
    purpose,
    ownerId: ownerId ?? null,
    stage: oneOf(lifecycleStages, cell('stage'), 'stage', errors, 'stage'),
    riskTier: oneOf(riskTiers, cell('risk_tier'), 'risk tier', errors, 'risk_tier'),
    dataSensitivity: oneOf(
      dataSensitivities,
      cell('data_sensitivity'),
      'data sensitivity',
      errors,
      'data_sensitivity',
    ),
    audience: oneOf(audiences, cell('audience'), 'audience', errors, 'audience'),
    aiTools: splitList(cell('ai_tools')),
    links: readLinks(cell('links'), errors),
    customFields,
    orgUnitIds,
  };
  return { input, errors };
}

/** One application as a CSV record, in the column order of `csvHeader`. */
export function applicationCsvRecord(
  a: ApplicationRow,
  refs: { owner: PersonRef | undefined; units: UnitRef[] },
  fields: CustomFieldDefinition[],
): string[] {
  return [
    a.id,
    String(a.version),
    a.createdAt.toISOString(),
    a.updatedAt.toISOString(),
    a.name,
    a.purpose,
    refs.owner?.email ?? '',
    a.stage,
    a.riskTier,
    a.dataSensitivity,
    a.audience,
    a.aiTools.join('; '),
    refs.units.map((u) => u.name).join('; '),
    a.links.map((l) => `${l.label} | ${l.url}`).join('; '),
    ...fields.map((f) => formatCustomFieldValue(a.customFields[f.key])),
  ];
}

export const csvHeader = (fields: CustomFieldDefinition[]) => [
  ...EXPORT_ONLY_COLUMNS,
  ...CSV_COLUMNS,
  ...fields.map((f) => `${CUSTOM_PREFIX}${f.key}`),
];
