import { type Filter, parse } from 'scim2-parse-filter';
import { invalidFilter, invalidPath, invalidSyntax, invalidValue, ScimError } from './scim-errors';

export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** One PATCH operation with its op in lower case (Entra sends `Replace`, `Add`, `Remove`). */
export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  path: string | undefined;
  value: unknown;
}

/** A parsed attribute path: `name.givenName`, `emails[type eq "work"].value`, `members[value eq "…"]`. */
export interface AttributePath {
  /** The attribute, lower case; an extension schema's attributes keep their URN (`urn:…`). */
  attr: string;
  sub?: string | undefined;
  filter?: Filter | undefined;
}

const CORE_PREFIXES = [
  'urn:ietf:params:scim:schemas:core:2.0:user:',
  'urn:ietf:params:scim:schemas:core:2.0:group:',
];

/** Reads a PatchOp request body; anything else is a 400 invalidSyntax naming what is wrong. */
export function readPatch(body: unknown): PatchOperation[] {
  if (!isObject(body)) throw invalidSyntax('The body must be a PatchOp JSON object.');
  const schemas = body.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(PATCH_OP_SCHEMA))
    throw invalidSyntax(`schemas must contain "${PATCH_OP_SCHEMA}".`);
  const ops = body.Operations ?? body.operations;
  if (!Array.isArray(ops) || ops.length === 0) throw invalidSyntax('Operations must be a non-empty array.');
  return ops.map((raw, i) => {
    if (!isObject(raw)) throw invalidSyntax(`Operations[${i}] must be an object.`);
    const op = typeof raw.op === 'string' ? raw.op.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw invalidSyntax(`Operations[${i}].op must be add, replace or remove.`);
    if (raw.path !== undefined && typeof raw.path !== 'string')
      throw invalidPath(`Operations[${i}].path must be a string.`);
    const path = typeof raw.path === 'string' && raw.path.trim() ? raw.path.trim() : undefined;
    if (op === 'remove' && !path)
      throw new ScimError(400, `Operations[${i}]: remove needs a path.`, 'noTarget');
    if (op !== 'remove' && raw.value === undefined)
      throw invalidValue(`Operations[${i}].value is required for ${op}.`);
    return { op, path, value: raw.value };
  });
}

/** Parses an attribute path; a malformed one is a 400 invalidPath. */
export function parsePath(path: string): AttributePath {
  let rest = path;
  const lower = rest.toLowerCase();
  const core = CORE_PREFIXES.find((p) => lower.startsWith(p));
  if (core) rest = rest.slice(core.length);
  else if (lower.startsWith('urn:')) return { attr: lower };
  const match = /^([A-Za-z][\w$-]*)(?:\.([A-Za-z][\w$-]*))?(?:\[(.+)\])?(?:\.([A-Za-z][\w$-]*))?$/.exec(rest);
  if (!match) throw invalidPath(`"${path}" is not a valid attribute path.`);
  const [, attr, dotted, filterText, afterFilter] = match;
  if (dotted && (filterText || afterFilter)) throw invalidPath(`"${path}" is not a valid attribute path.`);
  let filter: Filter | undefined;
  if (filterText) {
    try {
      filter = parse(filterText);
    } catch {
      throw invalidPath(`The filter in "${path}" cannot be read.`);
    }
  }
  return { attr: attr!.toLowerCase(), sub: (dotted ?? afterFilter)?.toLowerCase(), filter };
}

/** Parses a `filter` query; a malformed one is a 400 invalidFilter. */
export function parseFilter(text: string): Filter {
  try {
    return parse(text);
  } catch {
    throw invalidFilter(`The filter "${text}" cannot be read.`);
  }
}

/** SCIM booleans as providers send them: true/false, or Entra's "True"/"False" strings. */
export function toBoolean(value: unknown, what: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  throw invalidValue(`${what} must be true or false.`);
}

export function toText(value: unknown, what: string, max = 300): string {
  if (typeof value !== 'string' || !value.trim()) throw invalidValue(`${what} must be a non-empty string.`);
  if (value.length > max) throw invalidValue(`${what} must be at most ${max} characters.`);
  return value.trim();
}

export function toOptionalText(value: unknown, what: string, max = 300): string | null {
  if (value === null || value === undefined || value === '') return null;
  return toText(value, what, max);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object's attribute by case-insensitive name (SCIM attribute names are case-insensitive). */
export function attribute(object: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}
