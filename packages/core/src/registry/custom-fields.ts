/**
 * Custom fields an organization defines for its applications, and the check of a value against its
 * definition. A value is stored as JSON: text and date as strings (date as YYYY-MM-DD), number as a
 * number, single select as one option, multi select as a list of distinct options.
 */
export const CUSTOM_FIELD_KINDS = ['text', 'number', 'date', 'single_select', 'multi_select'] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];
export type CustomFieldValue = string | number | string[];

export interface CustomFieldDefinition {
  key: string;
  label: string;
  kind: CustomFieldKind;
  options: string[];
  required: boolean;
}

export const TEXT_VALUE_MAX = 2000;

const isDate = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/**
 * Checks one value; returns an error message, or null when the value fits. An empty value is allowed
 * unless the field is required (it is then stored as absent).
 */
export function checkCustomFieldValue(field: CustomFieldDefinition, value: unknown): string | null {
  if (isEmpty(value)) return field.required ? `${field.label} is required.` : null;
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') return `${field.label} must be text.`;
      return value.length > TEXT_VALUE_MAX
        ? `${field.label} is longer than ${TEXT_VALUE_MAX} characters.`
        : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `${field.label} must be a number.`;
    case 'date':
      return typeof value === 'string' && isDate(value)
        ? null
        : `${field.label} must be a date (YYYY-MM-DD).`;
    case 'single_select':
      return typeof value === 'string' && field.options.includes(value)
        ? null
        : `${field.label} must be one of: ${field.options.join(', ')}.`;
    case 'multi_select': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        return `${field.label} must be a list of options.`;
      const unknown = value.filter((v) => !field.options.includes(v));
      if (unknown.length > 0)
        return `${field.label}: “${unknown.join('”, “')}” is not an option (${field.options.join(', ')}).`;
      return new Set(value).size === value.length ? null : `${field.label} lists an option twice.`;
    }
  }
}

export interface CustomFieldProblem {
  key: string;
  message: string;
}

/**
 * Checks a whole set of values against the organization's fields: unknown keys, wrong types and missing
 * required values are each a problem naming the field. Returns the values to store (empty ones dropped).
 */
export function checkCustomFields(
  fields: readonly CustomFieldDefinition[],
  values: Record<string, unknown>,
): { values: Record<string, CustomFieldValue>; problems: CustomFieldProblem[] } {
  const problems: CustomFieldProblem[] = [];
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push({ key, message: `There is no custom field “${key}”.` });
  }
  const stored: Record<string, CustomFieldValue> = {};
  for (const field of fields) {
    const value = values[field.key];
    const message = checkCustomFieldValue(field, value);
    if (message) problems.push({ key: field.key, message });
    else if (!isEmpty(value)) stored[field.key] = value as CustomFieldValue;
  }
  return { values: stored, problems };
}

/**
 * Reads a value typed as text (a CSV cell, a filter in a URL) into the field's JSON value. Multi-select
 * options are separated by semicolons. Returns the raw text when it cannot be read, so the check reports it.
 */
export function parseCustomFieldText(field: CustomFieldDefinition, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (field.kind) {
    case 'number': {
      const n = Number(trimmed);
      return Number.isFinite(n) ? n : trimmed;
    }
    case 'multi_select':
      return trimmed
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    default:
      return trimmed;
  }
}

/** The value as text again (for CSV export): the inverse of `parseCustomFieldText`. */
export function formatCustomFieldValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
