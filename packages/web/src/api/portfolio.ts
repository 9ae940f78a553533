/** The applications registry API: applications, stages, tasks, custom fields, saved views, import/export. */
import { AUDIENCES, DATA_SENSITIVITIES, LIFECYCLE_STAGES, RISK_TIERS } from '@trellis/core';
import { ApiError, getOrganizationId, type QueryOf, type Reply, request, type Schemas, send } from '../api';

export const STAGES = LIFECYCLE_STAGES;
export type Stage = (typeof STAGES)[number];
export { RISK_TIERS };
export type RiskTier = Schemas['RiskTier'];
export { DATA_SENSITIVITIES };
export type DataSensitivity = (typeof DATA_SENSITIVITIES)[number];
export { AUDIENCES };
export type Audience = (typeof AUDIENCES)[number];
export const CUSTOM_FIELD_KINDS = ['text', 'number', 'date', 'single_select', 'multi_select'] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];
export type CustomFieldValue = string | number | string[] | null;

export type Application = Schemas['Application'];
export type ApplicationDetail = Schemas['ApplicationDetail'];
export type Link = ApplicationDetail['links'][number];
export type ApplicationInput = Schemas['NewApplicationInput'];
export type StageTransition = Schemas['StageTransition'];
export type Task = Schemas['ApplicationTask'];
export type CustomField = Schemas['CustomField'];
export type ApplicationFilters = Schemas['ApplicationFilters'];
export const APPLICATION_SORTS = ['newest', 'oldest', 'name', 'updated', 'stage'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
export const SORT_LABELS: Record<ApplicationSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  name: 'Name A–Z',
  updated: 'Recently updated',
  stage: 'Lifecycle stage',
};
export type SavedView = Schemas['SavedView'];
export type OrgUnit = Schemas['OrgUnit'];
export type ImportPreview = Schemas['ApplicationImportPreview'];
export type ExportFormat = NonNullable<QueryOf<'exportApplications'>['format']>;

/** The filters as a query string; lists repeat their key (`stage=idea&stage=pilot`). */
export function filterQuery(filters: ApplicationFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  for (const stage of filters.stage ?? []) params.append('stage', stage);
  for (const tier of filters.riskTier ?? []) params.append('riskTier', tier);
  if (filters.ownerId) params.set('ownerId', filters.ownerId);
  if (filters.orgUnitId) params.set('orgUnitId', filters.orgUnitId);
  for (const f of filters.customField ?? []) params.append('customField', f);
  if (filters.sort && filters.sort !== 'newest') params.set('sort', filters.sort);
  return params.toString();
}

const app = (id: string) => `/applications/${encodeURIComponent(id)}`;

/** Sends a JSON body with XMLHttpRequest, so a large upload can report its progress (0…1). */
function uploadJson<T>(path: string, body: unknown, csrfToken: string, onProgress: (f: number) => void) {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    const org = getOrganizationId();
    if (org) xhr.setRequestHeader('X-Trellis-Organization', org);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError({ status: 0, title: 'Network error', detail: 'Could not reach the Trellis server.' }),
      );
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else reject(new ApiError({ status: xhr.status, ...((parsed as object | null) ?? {}) }));
    };
    xhr.send(JSON.stringify(body));
  });
}

export const portfolioApi = {
  applications: (filters: ApplicationFilters, cursor?: string) =>
    request<Reply<'listApplications'>>(
      'GET',
      `/applications?${filterQuery(filters, { limit: '50', ...(cursor ? { cursor } : {}) })}`,
    ),
  application: (id: string) => request<ApplicationDetail>('GET', app(id)),
  createApplication: (body: ApplicationInput) =>
    request<ApplicationDetail>('POST', '/applications', { body }),
  updateApplication: (id: string, body: Partial<Omit<ApplicationInput, 'stage'>> & { version: number }) =>
    request<ApplicationDetail>('PATCH', app(id), { body }),
  transitions: (id: string) => request<{ items: StageTransition[] }>('GET', `${app(id)}/transitions`),
  moveStage: (id: string, body: { to: Stage; reason: string; version: number }) =>
    request<{ application: ApplicationDetail; transition: StageTransition }>(
      'POST',
      `${app(id)}/transitions`,
      {
        body,
      },
    ),
  tasks: (id: string) => request<{ items: Task[] }>('GET', `${app(id)}/tasks`),
  addTask: (id: string, body: { name: string; description?: string }) =>
    request<Task>('POST', `${app(id)}/tasks`, { body }),

  customFields: () => request<{ items: CustomField[] }>('GET', '/custom-fields'),
  createCustomField: (body: {
    key: string;
    label: string;
    kind: CustomFieldKind;
    options?: string[];
    required?: boolean;
  }) => request<CustomField>('POST', '/custom-fields', { body }),
  updateCustomField: (id: string, body: { label?: string; required?: boolean; options?: string[] }) =>
    request<CustomField>('PATCH', `/custom-fields/${encodeURIComponent(id)}`, { body }),
  deleteCustomField: (id: string) => request<void>('DELETE', `/custom-fields/${encodeURIComponent(id)}`),

  savedViews: () => request<{ items: SavedView[] }>('GET', '/saved-views'),
  createSavedView: (body: { name: string; filters: ApplicationFilters; shared?: boolean }) =>
    request<SavedView>('POST', '/saved-views', { body }),
  deleteSavedView: (id: string) => request<void>('DELETE', `/saved-views/${encodeURIComponent(id)}`),

  /** Org units come from the capacity area; without that API the list is empty rather than an error. */
  orgUnits: async (): Promise<OrgUnit[]> => {
    try {
      return (await request<{ items: OrgUnit[] }>('GET', '/org-units', { query: { limit: 500 } })).items;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    }
  },

  previewImport: (csv: string, csrfToken: string, onProgress: (f: number) => void) =>
    uploadJson<ImportPreview>('/applications/import/preview', { csv }, csrfToken, onProgress),
  importApplications: (csv: string, csrfToken: string, onProgress: (f: number) => void) =>
    uploadJson<{ created: number; ids: string[] }>('/applications/import', { csv }, csrfToken, onProgress),
  /** Fetches an export (the organization header can't ride on a plain link) and returns it as a file. */
  exportApplications: async (format: ExportFormat, filters: ApplicationFilters) => {
    const response = await send('GET', `/applications/export?${filterQuery(filters, { format })}`);
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `applications.${format}`;
    return { blob: await response.blob(), filename };
  },
};
