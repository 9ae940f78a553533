import { recommendationLabels } from './recommendation';
import type { CoreElement, ReviewElement, ScalingCore } from './scaling-core';

export const retrospectiveQuestions = [
  { key: 'collaboration', label: 'What did we learn about human–AI collaboration?' },
  { key: 'conditions', label: 'Which conditions made it work?' },
  { key: 'sustainable', label: 'What is sustainable?' },
  { key: 'evolve', label: 'What must evolve before scaling?' },
] as const;
export type RetrospectiveQuestion = (typeof retrospectiveQuestions)[number]['key'];

export interface PackageLink {
  kind: string;
  id: string;
  label: string;
}

/** The immutable content of a scaling package: what a later expansion gate reads. */
export interface ScalingPackageContent {
  application: { id: string; name: string; stage: string };
  version: number;
  generatedAt: string;
  generatedBy: string;
  core: ScalingCore;
  retrospective: {
    version: number;
    answers: Record<RetrospectiveQuestion, { text: string; links: PackageLink[] }>;
  } | null;
}

const hours = (h: number) => `${h} h/week`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function elementLine(e: CoreElement | ReviewElement): string {
  const effort =
    e.hiddenHoursPerWeek > 0 ? ` — ${hours(e.hiddenHoursPerWeek)} (${e.carriedBy || 'unassigned'})` : '';
  const note = 'borderline' in e && e.borderline ? ' _(borderline placement)_' : '';
  const description = e.description ? `: ${oneLine(e.description)}` : '';
  return `- **${oneLine(e.name)}** (${e.kind.replace('_', ' ')})${description}${effort}${note}`;
}

function section(title: string, items: (CoreElement | ReviewElement)[]): string[] {
  return [`## ${title}`, '', ...(items.length ? items.map(elementLine) : ['_None._']), ''];
}

/** The package as a Markdown document, for people who read it outside Trellis. */
export function scalingPackageMarkdown(p: ScalingPackageContent): string {
  const { core } = p;
  const lines = [
    `# Scaling package v${p.version}: ${oneLine(p.application.name)}`,
    '',
    `Generated ${p.generatedAt} by ${p.generatedBy}. Stage: ${p.application.stage}.`,
    '',
    `- Carries forward: ${core.carryForward.length} element(s)`,
    `- Must be re-engineered: ${core.reengineer.length} element(s), ${hours(core.heroicHoursToReplace)} of heroic effort to replace`,
    `- Hidden effort in the pilot: ${hours(core.hiddenHoursTotal)}`,
    ...(core.unplaced.length ? [`- Not placed on the board: ${core.unplaced.length} element(s)`] : []),
    '',
    ...section(`What carries forward (${recommendationLabels.scale})`, core.carryForward),
    ...section(`What must be re-engineered (${recommendationLabels.systematize_first})`, core.reengineer),
    ...section(recommendationLabels.retest, core.retest),
    ...section(recommendationLabels.leave_behind, core.leaveBehind),
    ...(core.unplaced.length ? section('Not placed', core.unplaced) : []),
    '## Who carries the hidden effort',
    '',
    ...(core.hoursByCarrier.length
      ? [
          '| Carried by | Hours/week |',
          '| --- | ---: |',
          ...core.hoursByCarrier.map((c) => `| ${oneLine(c.carriedBy)} | ${c.hoursPerWeek} |`),
        ]
      : ['_No hidden effort recorded._']),
    '',
  ];
  if (p.retrospective) {
    lines.push(`## Pilot retrospective (version ${p.retrospective.version})`, '');
    for (const q of retrospectiveQuestions) {
      const answer = p.retrospective.answers[q.key];
      lines.push(`### ${q.label}`, '', answer.text.trim() || '_Not answered._', '');
      if (answer.links.length)
        lines.push(...answer.links.map((l) => `- Evidence: ${l.label} (${l.kind})`), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
