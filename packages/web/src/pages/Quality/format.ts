import type { PolicyName, QualityStandard } from '../../api';

/** A share (0–1) as a percent with sensible precision for small rates: 0.0123 → "1.23%". */
export function percent(share: number | null | undefined, digits?: number): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const pct = share * 100;
  const whole = Math.abs(pct - Math.round(pct)) < 1e-9;
  const d = digits ?? (whole ? 0 : Math.abs(pct) < 1 ? 2 : Math.abs(pct) < 10 ? 1 : 0);
  return `${pct.toFixed(d)}%`;
}

export function count(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return Number.isInteger(n) ? n.toLocaleString() : n.toFixed(digits);
}

export const POLICY_NAMES: Record<PolicyName, string> = {
  adaptive: 'Adaptive',
  csp1: 'CSP-1',
  'fixed-rate': 'Fixed rate',
  full: '100% review',
};

/** One line that says what a standard promises and how it samples. */
export function describeStandard(s: QualityStandard): string {
  const policy =
    s.policy === 'csp1' || s.policy === 'fixed-rate'
      ? `${POLICY_NAMES[s.policy]} at ${percent(s.fraction ?? 0.1)}`
      : POLICY_NAMES[s.policy];
  const scope = s.limitScope === 'segment' ? 'per segment' : 'whole workflow';
  return `Outgoing-defect limit ${percent(s.outgoingLimit)} (${scope}) · ${policy}`;
}

/** π with the precision small probabilities need: 1 → "1", 0.25 → "0.25", 0.0123 → "0.012". */
export function formatPi(pi: number): string {
  if (pi >= 1) return '1';
  return pi >= 0.1 ? pi.toFixed(2) : pi.toPrecision(2);
}

/** A one-line preview of Markdown content: emphasis, headings, list and quote markers dropped, spaces folded. */
export function plainExcerpt(source: string): string {
  return source
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
