import type { ReadinessDimension, RetrospectiveQuestion } from '@trellis/core';
import type { components } from '@trellis/sdk';
import { request, send } from '../api';

type Schemas = components['schemas'];

/** The sustainable-core area: retrospectives, the 2×2 board, scaling packages and readiness. */

export type EvidenceLink = Schemas['EvidenceLink'];
export type Retrospective = Schemas['Retrospective'];
export type RetrospectiveAnswers = Retrospective['answers'];
export type RetrospectiveAnswer = RetrospectiveAnswers[RetrospectiveQuestion];
export type RetrospectiveState = Schemas['RetrospectiveState'];

export type CoreElement = Schemas['CoreElement'];
export type NewCoreElement = Schemas['NewCoreElementInput'];

export type ScalingPackage = Schemas['ScalingPackage'];

export type CoreReviewStatus = Schemas['CoreReviewStatus'];

export type DimensionReadiness = Schemas['DimensionReadiness'];

const app = (id: string) => `/applications/${encodeURIComponent(id)}`;

export const coreReviewApi = {
  statuses: () => request<{ items: CoreReviewStatus[] }>('GET', '/core-review/applications'),
  retrospective: (applicationId: string) =>
    request<RetrospectiveState>('GET', `${app(applicationId)}/retrospective`),
  retrospectiveVersion: (applicationId: string, version: number) =>
    request<Retrospective>('GET', `${app(applicationId)}/retrospective/versions/${version}`),
  saveRetrospective: (
    applicationId: string,
    body: {
      baseVersion: number;
      answers: Record<RetrospectiveQuestion, { text: string; links: { kind: string; id: string }[] }>;
    },
  ) => request<Retrospective>('POST', `${app(applicationId)}/retrospective/versions`, { body }),
  linkOptions: (applicationId: string) =>
    request<{ items: EvidenceLink[] }>('GET', `${app(applicationId)}/evidence-link-options`),

  elements: (applicationId: string) =>
    request<{ items: CoreElement[] }>('GET', `${app(applicationId)}/core-elements`),
  createElement: (applicationId: string, body: NewCoreElement) =>
    request<CoreElement>('POST', `${app(applicationId)}/core-elements`, { body }),
  updateElement: (id: string, body: Partial<NewCoreElement> & { version?: number }) =>
    request<CoreElement>('PATCH', `/core-elements/${encodeURIComponent(id)}`, { body }),
  deleteElement: (id: string) => request<void>('DELETE', `/core-elements/${encodeURIComponent(id)}`),

  packages: (applicationId: string) =>
    request<{ items: ScalingPackage[] }>('GET', `${app(applicationId)}/scaling-packages`),
  generatePackage: (applicationId: string) =>
    request<ScalingPackage>('POST', `${app(applicationId)}/scaling-packages`),
  scalingPackage: (id: string) =>
    request<ScalingPackage>('GET', `/scaling-packages/${encodeURIComponent(id)}`),
  packageMarkdown: async (id: string) =>
    (
      await send('GET', `/scaling-packages/${encodeURIComponent(id)}`, { query: { format: 'markdown' } })
    ).text(),

  readiness: (applicationId: string) =>
    request<{ items: DimensionReadiness[] }>('GET', `${app(applicationId)}/readiness`),
  rate: (applicationId: string, dimension: ReadinessDimension, body: { rating: number; note: string }) =>
    request<DimensionReadiness>('PUT', `${app(applicationId)}/readiness/${dimension}`, { body }),
};
