import { describe, expect, it } from 'vitest';
import {
  type CustomFieldDefinition,
  checkCustomFields,
  checkCustomFieldValue,
  formatCustomFieldValue,
  parseCustomFieldText,
} from './custom-fields';

const field = (kind: CustomFieldDefinition['kind'], extra: Partial<CustomFieldDefinition> = {}) => ({
  key: 'f',
  label: 'Field',
  kind,
  options: ['Finance', 'HR', 'L&D'],
  required: false,
  ...extra,
});

describe('custom field values', () => {
  it.each([
    ['text', 'hello', null],
    ['text', 42, 'Field must be text.'],
    ['number', 3.5, null],
    ['number', '3.5', 'Field must be a number.'],
    ['number', Number.NaN, 'Field must be a number.'],
    ['date', '2026-02-28', null],
    ['date', '2026-02-30', 'Field must be a date (YYYY-MM-DD).'],
    ['date', '28/02/2026', 'Field must be a date (YYYY-MM-DD).'],
    ['single_select', 'HR', null],
    ['single_select', 'Sales', 'Field must be one of: Finance, HR, L&D.'],
    ['multi_select', ['HR', 'L&D'], null],
    ['multi_select', 'HR', 'Field must be a list of options.'],
    ['multi_select', ['HR', 'HR'], 'Field lists an option twice.'],
    ['multi_select', ['Sales'], 'Field: “Sales” is not an option (Finance, HR, L&D).'],
  ] as const)('%s %j → %s', (kind, value, expected) => {
    expect(checkCustomFieldValue(field(kind), value)).toBe(expected);
  });

  it('an empty value passes unless the field is required', () => {
    expect(checkCustomFieldValue(field('number'), undefined)).toBeNull();
    expect(checkCustomFieldValue(field('text', { required: true }), '  ')).toBe('Field is required.');
    expect(checkCustomFieldValue(field('multi_select', { required: true }), [])).toBe('Field is required.');
  });

  it('checks a set: unknown keys, wrong types and missing required values each name their field', () => {
    const fields = [
      { ...field('number'), key: 'budget', label: 'Budget' },
      { ...field('text', { required: true }), key: 'sponsor', label: 'Sponsor' },
    ];
    const { problems } = checkCustomFields(fields, { budget: 'a lot', extra: 1 });
    expect(problems).toEqual([
      { key: 'extra', message: 'There is no custom field “extra”.' },
      { key: 'budget', message: 'Budget must be a number.' },
      { key: 'sponsor', message: 'Sponsor is required.' },
    ]);
    expect(checkCustomFields(fields, { budget: 10, sponsor: 'Ana' })).toEqual({
      values: { budget: 10, sponsor: 'Ana' },
      problems: [],
    });
  });

  it('reads CSV text into values and writes them back', () => {
    expect(parseCustomFieldText(field('number'), ' 12.5 ')).toBe(12.5);
    expect(parseCustomFieldText(field('number'), 'twelve')).toBe('twelve');
    expect(parseCustomFieldText(field('multi_select'), 'HR; L&D;')).toEqual(['HR', 'L&D']);
    expect(parseCustomFieldText(field('text'), '')).toBeUndefined();
    expect(formatCustomFieldValue(['HR', 'L&D'])).toBe('HR; L&D');
    expect(formatCustomFieldValue(undefined)).toBe('');
  });
});
