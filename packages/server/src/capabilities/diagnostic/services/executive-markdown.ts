import { formatIndicatorValue, MATURITY_LABELS, STATUS_LABELS, ZONE_LABELS } from '@trellis/core';
import type { IndicatorView } from './diagnostic';
import type { ExecutiveSummary } from './executive-summary';

export interface NextSteps {
  runId: string;
  createdAt: string;
  steps: Array<{ applicationName: string; stageName: string; startDate: string; value: number }>;
  deferred: Array<{ applicationName: string; stageName: string; reason: string }>;
}

const num = (v: number, digits = 2) => Number(v.toFixed(digits)).toString();

/** An indicator's value in its unit, for people. */
const formatIndicator = (i: Pick<IndicatorView, 'unit'>, v: number | null) => formatIndicatorValue(i.unit, v);

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The executive summary as Markdown (GitHub tables), the same sections as the page. */
export function executiveMarkdown(
  summary: ExecutiveSummary,
  next: NextSteps | null,
  baseUrl: string,
): string {
  const d = summary.diagnostic;
  const lines: string[] = [
    `# ${summary.organizationName}: executive summary`,
    '',
    `Generated ${summary.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by Trellis.`,
    '',
    '## Portfolio by stage',
    '',
    '| Stage | Applications | Names |',
    '|---|---:|---|',
    ...summary.portfolio.map((p) => `| ${p.stage} | ${p.count} | ${cell(p.applications.join(', '))} |`),
    '',
    '## Value delivered',
    '',
  ];
  if (summary.value.length === 0) lines.push('No application in use has evidence with a comparison yet.', '');
  else
    lines.push(
      '| Application | Metric | Claim | Verdict | Evidence |',
      '|---|---|---|---|---|',
      ...summary.value.map(
        (v) =>
          `| ${cell(v.applicationName)} | ${cell(v.metric)} | ${cell(v.claim)} | ${cell(v.verdictLabel)} | ${v.grade} |`,
      ),
      '',
    );
  lines.push(
    '## Strategy diagnostic',
    '',
    d.position.zone === 'too_early'
      ? `Position: **${ZONE_LABELS.too_early}**: ${d.position.judged} of ${d.indicators.length} indicators ${d.position.judged === 1 ? 'has' : 'have'} enough evidence for a status; the position needs ${d.position.needed}.`
      : `Position: **${ZONE_LABELS[d.position.zone]}** (${num(d.position.position)} on a scale from −1, scale-everything, to +1, governance-first).`,
    '',
  );
  if (d.position.drivers.length) {
    lines.push('What moves it most:', '');
    for (const driver of d.position.drivers) {
      const i = d.indicators.find((x) => x.key === driver.key)!;
      lines.push(
        `- **${i.label}**: ${formatIndicator(i, i.value)} (healthy ${formatIndicator(i, i.healthy)}, alarm ${formatIndicator(i, i.alarm)}). Next: ${i.action.label} (${baseUrl}${i.action.href}).`,
      );
    }
    lines.push('');
  }
  lines.push(
    '| Indicator | Side | Value | Trend (3 × 30 days) | Alarm at | Status |',
    '|---|---|---|---|---|---|',
    ...d.indicators.map(
      (i) =>
        `| ${i.label} | ${i.side === 'scale_everything' ? 'scale-everything' : 'governance-first'} | ${formatIndicator(i, i.value)} | ${i.trend.map((t) => (t === null ? '–' : num(t))).join(' → ')} | ${formatIndicator(i, i.alarm)} | ${STATUS_LABELS[i.status]} |`,
    ),
    '',
    '## Capability maturity',
    '',
    '| Capability | Score | From the data | Self-assessed |',
    '|---|---:|---:|---:|',
    ...d.maturity.map(
      (m) =>
        `| ${MATURITY_LABELS[m.capability]} | ${m.score === null ? 'too early' : Math.round(m.score)} | ${m.dataScore === null ? `too early (${m.judged} of ${m.indicators} indicators)` : Math.round(m.dataScore)} | ${m.selfScore === null ? '–' : Math.round(m.selfScore)} |`,
    ),
    '',
    '## Next steps',
    '',
  );
  if (!next) lines.push(`The optimizer has not been run yet (${baseUrl}/sequencing/optimizer).`, '');
  else {
    if (next.steps.length === 0) lines.push('The latest plan starts no step.', '');
    else
      lines.push(
        '| Start | Application | Stage | Value |',
        '|---|---|---|---:|',
        ...next.steps.map(
          (s) =>
            `| ${s.startDate} | ${cell(s.applicationName)} | ${cell(s.stageName)} | ${num(s.value, 1)} |`,
        ),
        '',
      );
    for (const s of next.deferred)
      lines.push(`- Deferred: ${s.applicationName}, ${s.stageName}: ${s.reason}`);
    if (next.deferred.length) lines.push('');
  }
  return lines.join('\n');
}
