import { api, type Body, type Reply, request, type Schemas } from '../api';

/** Client of the change absorption capacity API (server routes org-units, capacity, pulse, change-notes). */

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
export type OrgUnitKind = OrgUnit['kind'];

export type Heatmap = Schemas['CapacityHeatmap'];
export type HeatmapCell = Heatmap['rows'][number]['cells'][number];

export type ChangeImpact = Schemas['ChangeImpact'];
/** A change's impact as the saturation check takes it (the unit it lands on, its aspects, people, dates). */
export type ImpactShape = Body<'checkCapacitySaturation'>;
export type CellChange = Reply<'getCapacityHeatmapCell'>['items'][number];

export type SaturationCheck = Schemas['SaturationCheck'];

export type Absorption = Schemas['AbsorptionScore'];

export type UnitMember = Schemas['OrgUnitMember'];

export type PulseRound = Schemas['PulseRound'];
export type PulseSurvey = Schemas['PulseSurvey'];
export type PulseItem = PulseSurvey['items'][number];
export type PulseAggregate = Reply<'getPulseSurveyResults'>['pooled'];
export type PulseRoundResult = Schemas['PulseRoundResult'];
export type PulseForm = Reply<'getPulseForm'>;

export type ChangeNote = Schemas['ChangeNote'];

const enc = encodeURIComponent;

/** Every org unit (the list interface other capabilities rely on: `?limit=` up to 500). */
export const listOrgUnits = (cursor?: string) =>
  request<Reply<'listOrgUnits'>>('GET', '/org-units', { query: { limit: 500, cursor } });

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
  checkSaturation: (body: ImpactShape) =>
    request<SaturationCheck>('POST', '/capacity/saturation-check', { body }),

  changeImpacts: (orgUnitId?: string) =>
    request<{ items: ChangeImpact[] }>('GET', '/change-impacts', { query: { orgUnitId, limit: 500 } }),
  createChangeImpact: (body: Body<'createChangeImpact'>) =>
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
