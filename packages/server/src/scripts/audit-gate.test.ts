import { describe, expect, it } from 'vitest';
import { classifyAudit } from './audit-gate';

// Shapes of `npm audit --json` (npm 10): a report (auditReportVersion 2) and the error npm prints when the
// advisory endpoint fails — the 405 below is what this machine's registry mirror answers, verbatim but cut.
const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
    },
  });

describe('the npm audit gate', () => {
  it('passes a report without high or critical advisories, moderate ones included', () => {
    expect(classifyAudit(report({ moderate: 2, total: 2 }))).toMatchObject({ kind: 'clean' });
  });

  it('fails on a high or a critical advisory and names the packages', () => {
    const high = classifyAudit(report({ high: 1, total: 1 }, { 'path-to-regexp': { severity: 'high' } }));
    expect(high).toEqual({
      kind: 'findings',
      counts: expect.objectContaining({ high: 1 }),
      packages: ['path-to-regexp (high)'],
    });
    expect(classifyAudit(report({ critical: 1, total: 1 }, { x: { severity: 'critical' } })).kind).toBe(
      'findings',
    );
  });

  it('tells an unavailable advisory endpoint from a finding', () => {
    const mirror405 = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(classifyAudit(mirror405)).toMatchObject({ kind: 'unavailable', reason: /405 Method Not Allowed/ });
    expect(classifyAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'offline' } })).kind).toBe(
      'unavailable',
    );
  });

  it('fails what it cannot read, so a broken audit never passes as clean', () => {
    expect(classifyAudit('npm ERR! something else').kind).toBe('unreadable');
    expect(classifyAudit(JSON.stringify({ statusCode: 401, message: 'Unauthorized' })).kind).toBe(
      'unreadable',
    );
    expect(classifyAudit(JSON.stringify({ auditReportVersion: 2 })).kind).toBe('unreadable');
  });
});
