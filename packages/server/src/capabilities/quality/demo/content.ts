import type { Rng } from '@trellis/core';

/** Plausible L&D outputs for the demo, assembled from parts so that no two read the same. */
const topics = [
  'giving feedback to a peer',
  'data privacy basics',
  'running an inclusive meeting',
  'the new expense policy',
  'first-line incident response',
  'coaching conversations',
  'onboarding a remote hire',
  'writing accessible slides',
];
const questionStems = [
  'Which of the following best describes',
  'A colleague asks you about',
  'What is the first step when applying',
  'Which statement about',
];
const options = [
  'Ask a clarifying question first',
  'Escalate to your manager',
  'Document the decision',
  'Share it in the team channel',
];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

export function quizItem(rng: Rng, type: string): string {
  const topic = pick(rng, topics);
  if (type === 'scenario') {
    return `**Scenario.** You are leading a workshop on ${topic}. Halfway through, a participant says the material does not match their daily work.\n\nWhat do you do next?\n\n- A. ${pick(rng, options)}\n- B. ${pick(rng, options)}\n- C. Continue with the plan and follow up later\n\n*Answer key:* A. *Rationale:* acknowledging the gap keeps the group engaged.`;
  }
  return `${pick(rng, questionStems)} ${topic}?\n\n- A. ${pick(rng, options)}\n- B. ${pick(rng, options)}\n- C. ${pick(rng, options)}\n- D. None of the above\n\n*Answer key:* B.`;
}

export function needsAnalysis(rng: Rng, team: string): string {
  const topic = pick(rng, topics);
  return `## Needs analysis — ${team}\n\n**Observed gap:** inconsistent practice in ${topic}; 3 of 8 interviewees described workarounds.\n\n**Likely cause:** the current course predates the process change in Q2.\n\n**Recommendation:** a 20-minute scenario module plus a job aid; measure with a 30-day follow-up pulse.`;
}

export function stakeholderUpdate(rng: Rng, audience: string): string {
  const topic = pick(rng, topics);
  const completion = 60 + Math.floor(rng() * 35);
  return audience === 'executive'
    ? `Subject: L&D update — ${topic}\n\nThree lines: completion is at ${completion}%, the pilot cohort rates the module 4.3/5, and we propose extending to two more teams next month.`
    : `Subject: What changes for you — ${topic}\n\nHi team, from Monday the refreshed module replaces the old one. It takes about 20 minutes; ${completion}% of the pilot group finished it in the first week. Questions? Reply here.`;
}
