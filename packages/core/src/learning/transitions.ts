import type { ExperimentStatus, IdeaStatus, InsightStatus, ProposalStatus } from './vocabulary';

/** Allowed status changes: each machine lists, for a status, the statuses it may move to. */
type Machine<S extends string> = Record<S, readonly S[]>;

export const insightTransitions: Machine<InsightStatus> = {
  emerging: ['confirmed', 'rejected'],
  confirmed: ['rejected'],
  rejected: [],
};

export const experimentTransitions: Machine<ExperimentStatus> = {
  planned: ['running', 'abandoned'],
  running: ['completed', 'abandoned'],
  completed: [],
  abandoned: [],
};

export const ideaTransitions: Machine<IdeaStatus> = {
  new: ['under_evaluation', 'declined', 'merged'],
  under_evaluation: ['accepted', 'declined', 'merged'],
  accepted: [],
  declined: [],
  merged: [],
};

/** A proposal follows its decision request; an edit to an approved request reopens it (accepted → proposed). */
export const proposalTransitions: Machine<ProposalStatus> = {
  proposed: ['accepted', 'rejected', 'withdrawn'],
  accepted: ['proposed'],
  rejected: [],
  withdrawn: [],
};

/** The proposal status that mirrors a decision request's status. */
export function proposalStatusOf(
  requestStatus: 'pending' | 'approved' | 'rejected' | 'withdrawn',
): ProposalStatus {
  return { pending: 'proposed', approved: 'accepted', rejected: 'rejected', withdrawn: 'withdrawn' }[
    requestStatus
  ] as ProposalStatus;
}

export function canTransition<S extends string>(machine: Machine<S>, from: S, to: S): boolean {
  return machine[from].includes(to);
}

/** A sentence saying why a change is refused: what the status can move to instead. */
export function describeRefusedTransition<S extends string>(machine: Machine<S>, from: S, to: S): string {
  const next = machine[from];
  return next.length === 0
    ? `It is ${from}, which is final; it cannot become ${to}.`
    : `It is ${from}; it can become ${next.join(' or ')}, not ${to}.`;
}
