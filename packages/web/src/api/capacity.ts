import type { components } from '@trellis/sdk';
import { api, type Page, request } from '../api';

type Schemas = components['schemas'];

/** Client of the change absorption capacity API (server routes org-units, capacity, pulse, change-notes). */

export type OrgUnitKind = 'division' | 'department' | 'team';
export type CapacityStatus = Schemas['CapacityStatus'];
export const CHANGE_ASPECTS = [
  'process',
  'tools',
  'roles',
  'skills',
  'behaviours',
  'performance_measures',
  'reporting_lines',
  'location',
] as const;
export type ChangeAspect = (typeof CHANGE_ASPECTS)[number];

export type OrgUnit = Schemas['OrgUnit'];

export interface HeatmapCell {
  month: string;
  ownLoad: number;
  load: number;
  capacity: number;
  ratio: number | null;
  status: CapacityStatus;
}
export interface Heatmap {
  months: string[];
  rows: Array<{ unit: OrgUnit; capacity: number; cells: HeatmapCell[] }>;
}

export type ChangeImpact = Schemas['ChangeImpact'];
export interface ImpactShape {
  aspects: Partial<Record<ChangeAspect, number>>;
  peopleAffected: number;
  startDate: string;
  endDate: string;
}
export interface CellChange extends ImpactShape {
  id: string;
  title: string;
  orgUnitId: string;
  unitName: string;
  source: string;
  load: number;
}

export type SaturationCheck = Schemas['SaturationCheck'];

export interface Absorption {
  month: string;
  load: number;
  capacity: number;
  ratio: number | null;
  status: CapacityStatus;
  score: number;
  pulseRoundId: string | null;
  factors: Array<{ factor: 'headroom' | 'pulse'; value: number; weight: number; detail: string }>;
}

export interface UnitMember {
  userId: string;
  name: string;
  email: string;
  role: 'member' | 'lead';
}

export type PulseRound = Schemas['PulseRound'];
export interface PulseItem {
  key: string;
  label: string;
}
export type PulseSurvey = Schemas['PulseSurvey'];
export interface PulseAggregate {
  suppressed: boolean;
  respondents: number | null;
  overall: number | null;
  items: Array<{ key: string; mean: number; counts: number[] }> | null;
}
export type PulseRoundResult = Schemas['PulseRoundResult'];
export interface PulseForm {
  surveyName: string;
  unitName: string;
  items: PulseItem[];
  closesAt: string;
}

export type ChangeNote = Schemas['ChangeNote'];

const enc = encodeURIComponent;

/** Every org unit (the list interface other capabilities rely on: `?limit=` up to 500). */
export const listOrgUnits = (cursor?: string) =>
  request<Page<OrgUnit>>('GET', '/org-units', { query: { limit: 500, cursor } });

export const capacityApi = {
  listOrgUnits,
  createOrgUnit: (body: {
    name: string;
    kind: OrgUnitKind;
    parentId?: string | null;
    headcount?: number;
    monthlyCapacity?: number | null;
  }) => request<OrgUnit>('POST', '/org-units', { body }),
  updateOrgUnit: (
    id: string,
    body: Partial<
      Pick<
        OrgUnit,
        'name' | 'kind' | 'headcount' | 'monthlyCapacity' | 'amberThreshold' | 'redThreshold' | 'parentId'
      >
    >,
  ) => request<OrgUnit>('PATCH', `/org-units/${enc(id)}`, { body }),
  deleteOrgUnit: (id: string) => request<void>('DELETE', `/org-units/${enc(id)}`),
  unitMembers: (id: string) => request<{ items: UnitMember[] }>('GET', `/org-units/${enc(id)}/members`),
  setUnitMember: (id: string, userId: string, role: UnitMember['role']) =>
    request<void>('PUT', `/org-units/${enc(id)}/members/${enc(userId)}`, { body: { role } }),
  removeUnitMember: (id: string, userId: string) =>
    request<void>('DELETE', `/org-units/${enc(id)}/members/${enc(userId)}`),
  absorption: (id: string, from: string, months: number) =>
    request<{ items: Absorption[] }>('GET', `/org-units/${enc(id)}/absorption`, { query: { from, months } }),
  pulseTrend: (id: string) =>
    request<{ items: PulseRoundResult[] }>('GET', `/org-units/${enc(id)}/pulse-trend`),

  heatmap: (from: string, months: number) =>
    request<Heatmap>('GET', '/capacity/heatmap', { query: { from, months } }),
  heatmapCell: (orgUnitId: string, month: string) =>
    request<{ items: CellChange[] }>('GET', '/capacity/heatmap/cell', { query: { orgUnitId, month } }),
  checkSaturation: (body: ImpactShape & { orgUnitId: string }) =>
    request<SaturationCheck>('POST', '/capacity/saturation-check', { body }),

  changeImpacts: (orgUnitId?: string) =>
    request<{ items: ChangeImpact[] }>('GET', '/change-impacts', { query: { orgUnitId, limit: 500 } }),
  createChangeImpact: (body: ImpactShape & { orgUnitId: string; title: string }) =>
    request<ChangeImpact>('POST', '/change-impacts', { body }),
  deleteChangeImpact: (id: string) => request<void>('DELETE', `/change-impacts/${enc(id)}`),

  pulseSurveys: () => request<{ items: PulseSurvey[] }>('GET', '/pulse-surveys'),
  createPulseSurvey: (body: {
    orgUnitId: string;
    name: string;
    cadenceDays?: number;
    cooldownDays?: number;
    autoRounds?: boolean;
    roundDays?: number;
  }) => request<PulseSurvey>('POST', '/pulse-surveys', { body }),
  updatePulseSchedule: (
    id: string,
    body: Partial<Pick<PulseSurvey, 'autoRounds' | 'roundDays' | 'cadenceDays' | 'cooldownDays'>>,
  ) => request<PulseSurvey>('PATCH', `/pulse-surveys/${enc(id)}`, { body }),
  /** Each invited person gets their own link (inbox, e-mail); the answer says how many, never the links. */
  openPulseRound: (id: string, body: { closesInDays?: number }) =>
    request<{ round: PulseRound; invited: number; emailed: number; skippedForCooldown: number }>(
      'POST',
      `/pulse-surveys/${enc(id)}/rounds`,
      { body },
    ),
  closePulseRound: (id: string) =>
    request<PulseRound>('POST', `/pulse-rounds/${enc(id)}/close`, { body: {} }),
  pulseResults: (id: string) =>
    request<{ rounds: PulseRoundResult[]; pooled: PulseAggregate }>(
      'GET',
      `/pulse-surveys/${enc(id)}/results`,
    ),
  /** The token goes in the body, never in a URL (request logs keep URLs). */
  pulseForm: async (token: string) => {
    await api.session();
    return request<PulseForm>('POST', '/pulse/form', { body: { token } });
  },
  /** A signed-in browser still sends its cookie, so it needs the CSRF token; the server ignores who it is. */
  answerPulse: async (body: { token: string; answers: Record<string, number> }) => {
    await api.session();
    return request<void>('POST', '/pulse/answers', { body });
  },

  changeNotes: () => request<{ items: ChangeNote[] }>('GET', '/change-notes'),
  myChangeNotes: () => request<{ items: ChangeNote[] }>('GET', '/change-notes/mine'),
  publishChangeNote: (body: { orgUnitId: string; title: string; body: string }) =>
    request<ChangeNote>('POST', '/change-notes', { body }),
  acknowledgeChangeNote: (id: string) =>
    request<void>('POST', `/change-notes/${enc(id)}/acknowledge`, { body: {} }),
};
