/** Client for the learning capability: experiments, insights, search, follows, ideas, inbox. */

import { type QueryOf, type Reply, request, type Schemas } from '../api';

export type Stage = Schemas['LifecycleStage'];
export type ExperimentMetric = Schemas['ExperimentMetric'];
export type MetricResult = Schemas['MetricResult'];
export type Experiment = Schemas['Experiment'];
export type ExperimentDesign = Experiment['design'];
export type ExperimentStatus = Experiment['status'];
export type ExperimentResult = NonNullable<Experiment['result']>;
export type NewExperiment = Schemas['NewExperimentInput'];
export type Insight = Schemas['Insight'];
export type InsightStatus = Insight['status'];
export type PersonRef = NonNullable<Insight['decidedBy']>;
export type EvidenceItem = Schemas['EvidenceTrailItem'];
export type ChangeProposal = Schemas['ChangeProposal'];
export type ChangeTarget = ChangeProposal['target'];
export type InsightDetail = Schemas['InsightDetail'];
export type NewInsight = Schemas['NewInsightInput'];
export type SnippetPart = Schemas['SnippetPart'];
export type SearchHit = Schemas['SearchHit'];
export type SearchFilters = Omit<QueryOf<'search'>, 'limit'>;
/** One kind of search hit (the query takes one or a list). */
export type SearchKind = Exclude<NonNullable<SearchFilters['kind']>, unknown[]>;
export type Follow = Schemas['Follow'];
export type FollowKind = Follow['kind'];
export type Idea = Schemas['Idea'];
export type IdeaStatus = Idea['status'];
export type Notification = Schemas['Notification'];
export type LoopHealth = Schemas['ApplicationLoops'];
export type LearningMonth = Reply<'getLearningMonth'>;
export type LearningOptions = Reply<'listLearningOptions'>;

export type DigestEmail = Schemas['DigestEmail'];

const id = encodeURIComponent;

export const learningApi = {
  options: () => request<LearningOptions>('GET', '/learning/options'),
  experiments: (cursor?: string) =>
    request<Reply<'listExperiments'>>('GET', '/experiments', { query: { cursor, limit: 50 } }),
  experiment: (experimentId: string) => request<Experiment>('GET', `/experiments/${id(experimentId)}`),
  createExperiment: (body: NewExperiment) => request<Experiment>('POST', '/experiments', { body }),
  recordResult: (
    experimentId: string,
    body: { result: ExperimentResult; numbers: MetricResult[]; note: string; decision: string },
  ) => request<Experiment>('POST', `/experiments/${id(experimentId)}/result`, { body }),
  setExperimentStatus: (experimentId: string, status: 'running' | 'abandoned') =>
    request<Experiment>('POST', `/experiments/${id(experimentId)}/status`, { body: { status } }),

  insights: (filters: { status?: InsightStatus; tag?: string }, cursor?: string) =>
    request<Reply<'listInsights'>>('GET', '/insights', { query: { ...filters, cursor, limit: 50 } }),
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

  ideas: (cursor?: string) => request<Reply<'listIdeas'>>('GET', '/ideas', { query: { cursor, limit: 50 } }),
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
  digestEmails: (cursor?: string) =>
    request<Reply<'listLearningDigestEmails'>>('GET', '/learning/digest-emails', {
      query: { cursor, limit: 20 },
    }),

  notifications: (cursor?: string) =>
    request<Reply<'listNotifications'>>('GET', '/notifications', { query: { cursor, limit: 50 } }),
  unreadCount: () => request<{ unread: number }>('GET', '/notifications/unread-count'),
  markRead: (notificationId: string) =>
    request<Notification>('POST', `/notifications/${notificationId}/read`),
  markAllRead: () => request<{ marked: number }>('POST', '/notifications/read-all'),
};
