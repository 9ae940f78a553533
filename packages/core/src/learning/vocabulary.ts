/** The words of the learning capability, as the lists the database, the API and the web app share. */

export const experimentDesigns = ['before_after', 'controlled', 'ab'] as const;
export type ExperimentDesign = (typeof experimentDesigns)[number];

export const experimentStatuses = ['planned', 'running', 'completed', 'abandoned'] as const;
export type ExperimentStatus = (typeof experimentStatuses)[number];

export const experimentResults = ['supported', 'refuted', 'inconclusive'] as const;
export type ExperimentResult = (typeof experimentResults)[number];

export const insightStatuses = ['emerging', 'confirmed', 'rejected'] as const;
export type InsightStatus = (typeof insightStatuses)[number];

export const evidenceStances = ['supporting', 'contradicting'] as const;
export type EvidenceStance = (typeof evidenceStances)[number];

export const followKinds = ['tag', 'unit', 'application'] as const;
export type FollowKind = (typeof followKinds)[number];

export const ideaStatuses = ['new', 'under_evaluation', 'accepted', 'declined', 'merged'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

/** The feedback loops an application keeps, each read by one function on the server. */
export const loopKinds = ['end_user_feedback', 'reviews', 'pulse', 'experiments'] as const;
export type LoopKind = (typeof loopKinds)[number];

export const changeTargets = ['rubric', 'gate_threshold', 'plan_template', 'quality_standard'] as const;
export type ChangeTarget = (typeof changeTargets)[number];

/** A proposal's status follows its decision request: pending → proposed, approved → accepted, … */
export const proposalStatuses = ['proposed', 'accepted', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
