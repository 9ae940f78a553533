import type {
  BoardPosition,
  ElementKind,
  ReadinessDimension,
  Recommendation,
  RetrospectiveQuestion,
} from '@trellis/core';
import { request, send } from '../api';

/** The sustainable-core area: retrospectives, the 2×2 board, scaling packages and readiness. */

export interface EvidenceLink {
  kind: string;
  id: string;
  label: string;
}
export interface RetrospectiveAnswer {
  text: string;
  links: EvidenceLink[];
}
export type RetrospectiveAnswers = Record<RetrospectiveQuestion, RetrospectiveAnswer>;
export interface Retrospective {
  applicationId: string;
  version: number;
  answers: RetrospectiveAnswers;
  createdByName: string;
  createdAt: string;
}
export interface RetrospectiveState {
  questions: { key: RetrospectiveQuestion; label: string }[];
  current: Retrospective | null;
  versions: { version: number; createdByName: string; createdAt: string }[];
}

export interface CoreElement {
  id: string;
  applicationId: string;
  kind: ElementKind;
  name: string;
  description: string;
  position: BoardPosition | null;
  recommendation: Recommendation | null;
  borderline: boolean;
  hiddenHoursPerWeek: number;
  carriedBy: string;
  version: number;
  updatedAt: string;
}
export interface NewCoreElement {
  kind: ElementKind;
  name: string;
  description?: string;
  position?: BoardPosition | null;
  hiddenHoursPerWeek?: number;
  carriedBy?: string;
}

interface PackageElement {
  id: string;
  kind: ElementKind;
  name: string;
  description: string;
  hiddenHoursPerWeek: number;
  carriedBy: string;
  borderline?: boolean;
}
export interface ScalingPackage {
  id: string;
  applicationId: string;
  version: number;
  current: boolean;
  createdAt: string;
  content: {
    application: { id: string; name: string; stage: string };
    version: number;
    generatedAt: string;
    generatedBy: string;
    core: {
      carryForward: PackageElement[];
      reengineer: PackageElement[];
      retest: PackageElement[];
      leaveBehind: PackageElement[];
      unplaced: PackageElement[];
      heroicHoursToReplace: number;
      hiddenHoursTotal: number;
      hoursByCarrier: { carriedBy: string; hoursPerWeek: number }[];
      borderlineCount: number;
    };
    retrospective: { version: number; answers: Record<string, RetrospectiveAnswer> } | null;
  };
}

export interface CoreReviewStatus {
  applicationId: string;
  name: string;
  stage: string;
  elements: number;
  placed: number;
  retrospectiveVersion: number | null;
  packageVersion: number | null;
  packageAt: string | null;
  packageCurrent: boolean;
}

export interface DimensionReadiness {
  dimension: ReadinessDimension;
  label: string;
  source: 'computed' | 'rated' | 'missing';
  score: number | null;
  rating: number | null;
  explanation: string;
}

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
