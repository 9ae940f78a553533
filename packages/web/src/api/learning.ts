/** Client for the learning capability: experiments, insights, search, follows, ideas, inbox. */

import type { components } from '@trellis/sdk';
import { type Page, request } from '../api';

type Schemas = components['schemas'];

export type ExperimentDesign = 'before_after' | 'controlled' | 'ab';
export type ExperimentStatus = 'planned' | 'running' | 'completed' | 'abandoned';
export type ExperimentResult = 'supported' | 'refuted' | 'inconclusive';
export type InsightStatus = 'emerging' | 'confirmed' | 'rejected';
export type IdeaStatus = 'new' | 'under_evaluation' | 'accepted' | 'declined' | 'merged';
export type FollowKind = 'tag' | 'unit' | 'application';
export type ChangeTarget = 'rubric' | 'gate_threshold' | 'plan_template' | 'quality_standard';
export type Stage = 'idea' | 'evaluating' | 'pilot' | 'expanding' | 'scaled' | 'paused' | 'retired';
export interface PersonRef {
  id: string;
  name: string;
}
export type ExperimentMetric = Schemas['ExperimentMetric'];
export type MetricResult = Schemas['MetricResult'];
export type Experiment = Schemas['Experiment'];
export type NewExperiment = Schemas['NewExperimentInput'];
export type Insight = Schemas['Insight'];
export interface EvidenceItem {
  id: string;
  kind: string;
  entityId: string;
  stance: 'supporting' | 'contradicting';
  note: string;
  addedBy: PersonRef | null;
  createdAt: string;
  title: string | null;
  detail: string | null;
  link: string | null;
  occurredAt: string | null;
}
export type ChangeProposal = Schemas['ChangeProposal'];
export type InsightDetail = Schemas['InsightDetail'];
export type NewInsight = Schemas['NewInsightInput'];
export type SnippetPart = Schemas['SnippetPart'];
export type SearchHit = Schemas['SearchHit'];
export interface SearchFilters {
  q: string;
  kind?: string;
  tag?: string;
  from?: string;
  to?: string;
}
export type Follow = Schemas['Follow'];
export type Idea = Schemas['Idea'];
export type Notification = Schemas['Notification'];
export interface LoopHealth {
  application: { id: string; name: string; stage: string };
  loops: {
    loop: 'end_user_feedback' | 'reviews' | 'pulse' | 'experiments';
    lastActivityAt: string | null;
    cadenceDays: number;
    quietDays: number | null;
    status: 'active' | 'quiet';
    alerted: boolean;
  }[];
}
export interface LearningMonth {
  start: string;
  end: string;
  confirmed: Pick<Insight, 'id' | 'statement' | 'tags' | 'decidedAt'>[];
  rejected: Pick<Insight, 'id' | 'statement' | 'tags' | 'decidedAt'>[];
  results: Experiment[];
  ideas: Pick<Idea, 'id' | 'title' | 'status' | 'createdAt'>[];
}
export interface LearningOptions {
  applications: { id: string; name: string; stage: string }[];
  units: { id: string; name: string; kind: string }[];
}

export type LearningPreferences = Schemas['LearningPreferences'];
export type DigestEmail = Schemas['DigestEmail'];

const id = encodeURIComponent;

export const learningApi = {
  options: () => request<LearningOptions>('GET', '/learning/options'),
  experiments: (cursor?: string) =>
    request<Page<Experiment>>('GET', '/experiments', { query: { cursor, limit: 50 } }),
  experiment: (experimentId: string) => request<Experiment>('GET', `/experiments/${id(experimentId)}`),
  createExperiment: (body: NewExperiment) => request<Experiment>('POST', '/experiments', { body }),
  recordResult: (
    experimentId: string,
    body: { result: ExperimentResult; numbers: MetricResult[]; note: string; decision: string },
  ) => request<Experiment>('POST', `/experiments/${id(experimentId)}/result`, { body }),
  setExperimentStatus: (experimentId: string, status: 'running' | 'abandoned') =>
    request<Experiment>('POST', `/experiments/${id(experimentId)}/status`, { body: { status } }),

  insights: (filters: { status?: InsightStatus; tag?: string }, cursor?: string) =>
    request<Page<Insight>>('GET', '/insights', { query: { ...filters, cursor, limit: 50 } }),
  insight: (insightId: string) => request<InsightDetail>('GET', `/insights/${id(insightId)}`),
  createInsight: (body: NewInsight) => request<InsightDetail>('POST', '/insights', { body }),
  addEvidence: (
    insightId: string,
    body: { kind: string; entityId: string; stance: 'supporting' | 'contradicting'; note?: string },
  ) => request<InsightDetail>('POST', `/insights/${id(insightId)}/evidence`, { body }),
  evidenceOptions: () =>
    request<{ kinds: { kind: string; label: string; options: { id: string; label: string }[] }[] }>(
      'GET',
      '/learning/evidence-options',
    ),
  decideInsight: (insightId: string, body: { status: 'confirmed' | 'rejected'; note?: string }) =>
    request<InsightDetail>('POST', `/insights/${id(insightId)}/status`, { body }),
  proposeChange: (
    insightId: string,
    body: { target: ChangeTarget; targetId?: string; subject: string; change: string },
  ) => request<ChangeProposal>('POST', `/insights/${id(insightId)}/proposals`, { body }),

  search: (filters: SearchFilters) =>
    request<{ items: SearchHit[] }>('GET', '/search', { query: { ...filters } }),

  follows: () => request<{ items: Follow[] }>('GET', '/follows'),
  follow: (body: { kind: FollowKind; target: string }) => request<Follow>('POST', '/follows', { body }),
  unfollow: (followId: string) => request<void>('DELETE', `/follows/${id(followId)}`),

  ideas: (cursor?: string) => request<Page<Idea>>('GET', '/ideas', { query: { cursor, limit: 50 } }),
  similarIdeas: (text: string) =>
    request<{ items: (Idea & { rank: number })[] }>('GET', '/ideas/similar', { query: { text } }),
  proposeIdea: (body: { title: string; description: string }) => request<Idea>('POST', '/ideas', { body }),
  decideIdea: (
    ideaId: string,
    body: { status: 'under_evaluation' | 'accepted' | 'declined'; note?: string },
  ) => request<Idea>('POST', `/ideas/${id(ideaId)}/status`, { body }),
  mergeIdea: (ideaId: string, intoId: string) =>
    request<Idea>('POST', `/ideas/${id(ideaId)}/merge`, { body: { intoId } }),
  convertIdea: (ideaId: string) => request<Idea>('POST', `/ideas/${id(ideaId)}/application`),

  month: () => request<LearningMonth>('GET', '/learning/month'),
  loops: () => request<{ items: LoopHealth[] }>('GET', '/learning/loops'),
  sendDigest: () => request<{ recipients: number; emails: number }>('POST', '/learning/digests'),
  preferences: () => request<LearningPreferences>('GET', '/learning/preferences'),
  setPreferences: (body: { emailDigest: boolean }) =>
    request<LearningPreferences>('PUT', '/learning/preferences', { body }),
  digestEmails: (cursor?: string) =>
    request<Page<DigestEmail>>('GET', '/learning/digest-emails', { query: { cursor, limit: 20 } }),

  notifications: (cursor?: string) =>
    request<Page<Notification>>('GET', '/notifications', { query: { cursor, limit: 50 } }),
  unreadCount: () => request<{ unread: number }>('GET', '/notifications/unread-count'),
  markRead: (notificationId: string) =>
    request<Notification>('POST', `/notifications/${notificationId}/read`),
  markAllRead: () => request<{ marked: number }>('POST', '/notifications/read-all'),
};
