import { afterEach, describe, expect, it, vi } from 'vitest';
import { printReport } from './report';

describe('QA-Bench report', () => {
  afterEach(() => vi.restoreAllMocks());
  const run = (quick: boolean) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    printReport({
      summaries: [],
      targets: [
        { target: 'false alarms ≤ 0.25', measured: '0.31 ± 0.20 (SE)', met: false, decided: false },
        { target: 'AOQL ≤ 1%', measured: '0.80%', met: true, decided: true },
      ],
      speed: [],
      seeds: quick ? 6 : 100,
      workers: 1,
      simulationSeconds: 1,
      totalSeconds: 1,
      quick,
    });
    return String(log.mock.calls[0]?.[0]);
  };

  it('prints no verdicts in a quick run, only figures', () => {
    const text = run(true);
    expect(text).not.toMatch(/\bmet\b|NOT MET/);
    expect(text).toContain('0.31 ± 0.20 (SE)');
  });

  it('marks a verdict within noise of its target as undecided in a full run', () => {
    const text = run(false);
    expect(text).toContain('[NOT MET, undecided] false alarms ≤ 0.25');
    expect(text).toContain('[met] AOQL ≤ 1%');
  });
});
