import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The CI gate around `npm audit --audit-level=high`: fails on a high or critical advisory, passes a clean
 * report, and passes with a warning when the advisory endpoint itself cannot answer (a registry mirror that
 * answers 405, no network): that is not a finding, and CI should not break on it. Anything it cannot
 * read as either fails, so a broken audit is never taken for a clean one.
 */
export type AuditOutcome =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'findings'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'unreadable'; reason: string };

const FAILING = ['high', 'critical'];
// The endpoint's own refusals and outages, and network failures before any answer.
const UNAVAILABLE_STATUS = new Set([404, 405, 501, 502, 503, 504]);
const UNAVAILABLE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);

interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { severity: string; isDirect?: boolean }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  statusCode?: number;
  code?: string;
  error?: { code?: string; summary?: string };
  message?: string;
}

/** Reads `npm audit --json` output. */
export function classifyAudit(json: string): AuditOutcome {
  let report: AuditReport;
  try {
    report = JSON.parse(json) as AuditReport;
  } catch {
    return { kind: 'unreadable', reason: `not JSON: ${json.slice(0, 200)}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (report.auditReportVersion === 2 && counts) {
    const packages = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => FAILING.includes(v.severity))
      .map(([name, v]) => `${name} (${v.severity})`);
    const failing = FAILING.reduce((n, s) => n + (counts[s] ?? 0), 0);
    return failing > 0 ? { kind: 'findings', counts, packages } : { kind: 'clean', counts };
  }
  const code = report.code ?? report.error?.code;
  if (
    (report.statusCode !== undefined && UNAVAILABLE_STATUS.has(report.statusCode)) ||
    (code !== undefined && UNAVAILABLE_CODES.has(code))
  ) {
    return {
      kind: 'unavailable',
      reason: report.message ?? `${report.statusCode ?? code}`,
    };
  }
  return { kind: 'unreadable', reason: (report.message ?? json).slice(0, 300) };
}

function main(): number {
  const run = spawnSync('npm', ['audit', '--audit-level=high', '--json'], { encoding: 'utf8' });
  const outcome = classifyAudit(run.stdout);
  switch (outcome.kind) {
    case 'clean':
      console.log(`npm audit: no high or critical advisories (${JSON.stringify(outcome.counts)})`);
      return 0;
    case 'unavailable':
      console.warn(`npm audit: the advisory endpoint is unavailable, audit skipped: ${outcome.reason}`);
      return 0;
    case 'findings':
      console.error(`npm audit: high or critical advisories: ${outcome.packages.join(', ')}`);
      console.error('Run `npm audit` for the details and fix paths.');
      return 1;
    case 'unreadable':
      console.error(`npm audit: could not read its answer (exit ${run.status}): ${outcome.reason}`);
      return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
