import { useQuery } from '@tanstack/react-query';
import { api, type Member } from '../../api';
import {
  type CustomField,
  type CustomFieldValue,
  portfolioApi,
  RISK_TIERS,
  type RiskTier,
  STAGES,
  type Stage,
} from '../../api/portfolio';
import { useOrgKey } from '../../hooks/useOrganization';

export const STAGE_LABELS: Record<Stage, string> = {
  idea: 'Idea',
  evaluating: 'Evaluating',
  pilot: 'Pilot',
  expanding: 'Expanding',
  scaled: 'Scaled',
  paused: 'Paused',
  retired: 'Retired',
};
export const STAGE_COLORS: Record<Stage, string> = {
  idea: 'gray',
  evaluating: 'cyan',
  pilot: 'blue',
  expanding: 'violet',
  scaled: 'teal',
  paused: 'yellow',
  retired: 'dark',
};
export const RISK_LABELS: Record<RiskTier, string> = {
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
};
export const RISK_COLORS: Record<RiskTier, string> = { low: 'green', medium: 'orange', high: 'red' };
export const SENSITIVITY_LABELS = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  personal: 'Personal data',
  special: 'Special-category data',
} as const;
export const KIND_LABELS = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  single_select: 'Single select',
  multi_select: 'Multi select',
} as const;

export const stageOptions = STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }));
export const riskOptions = RISK_TIERS.map((r) => ({ value: r, label: RISK_LABELS[r] }));

/** Every member of the organization (for owner pickers), following the cursor to the end. */
async function allMembers(): Promise<Member[]> {
  const out: Member[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.members(cursor);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** What the registry's forms and filters pick from: members, org units and custom fields. */
export function useRegistryRefs() {
  const orgKey = useOrgKey();
  const members = useQuery({ queryKey: orgKey('members', 'all'), queryFn: allMembers });
  const units = useQuery({ queryKey: orgKey('org-units'), queryFn: portfolioApi.orgUnits });
  const fields = useQuery({
    queryKey: orgKey('custom-fields'),
    queryFn: async () => (await portfolioApi.customFields()).items,
  });
  return {
    members: members.data ?? [],
    units: units.data ?? [],
    fields: fields.data ?? [],
    memberOptions: (members.data ?? []).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` })),
    unitOptions: (units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
  };
}

/** A custom field value as people read it. */
export function formatFieldValue(field: CustomField, value: CustomFieldValue | undefined): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (field.kind === 'number' && typeof value === 'number') return value.toLocaleString();
  return String(value);
}
