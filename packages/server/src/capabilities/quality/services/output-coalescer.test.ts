import { describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { createOutputCoalescer } from './output-coalescer';
import type { OutputInput } from './outputs';

const ctx = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'contributor',
  actor: { type: 'token', id: 't', name: 'pipeline' },
  requestId: 'r',
});
const output = (clientId: string): OutputInput => ({ clientId, content: clientId });

/** A store that records each call's client ids and finishes when told to. */
function controlledStore(fail?: (ids: string[]) => boolean) {
  const calls: string[][] = [];
  const pending: Array<() => void> = [];
  const store = (_ctx: OrgContext, _workflowId: string, inputs: OutputInput[]) => {
    const ids = inputs.map((i) => i.clientId);
    calls.push(ids);
    return new Promise<string[]>((resolve, reject) => {
      pending.push(() => (fail?.(ids) ? reject(new Error(`refused ${ids.join(',')}`)) : resolve(ids)));
    });
  };
  const finishNext = async () => {
    await new Promise((r) => setImmediate(r));
    pending.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { calls, store, finishNext };
}

describe('the single-output coalescer (group commit)', () => {
  it('stores an output at once when nothing runs, and those that arrive meanwhile together next', async () => {
    const { calls, store, finishNext } = controlledStore();
    const singles = createOutputCoalescer(store);
    const first = singles.submit(ctx('o'), 'w', output('a'));
    const later = ['b', 'c', 'd'].map((id) => singles.submit(ctx('o'), 'w', output(id)));
    expect(calls).toEqual([['a']]);
    await finishNext();
    expect(calls).toEqual([['a'], ['b', 'c', 'd']]);
    await finishNext();
    expect(await first).toBe('a');
    expect(await Promise.all(later)).toEqual(['b', 'c', 'd']);
  });

  it('keeps workflows and organizations apart', async () => {
    const { calls, store, finishNext } = controlledStore();
    const singles = createOutputCoalescer(store);
    const all = [
      singles.submit(ctx('o'), 'w1', output('a')),
      singles.submit(ctx('o'), 'w2', output('b')),
      singles.submit(ctx('p'), 'w1', output('c')),
    ];
    expect(calls).toEqual([['a'], ['b'], ['c']]);
    for (let i = 0; i < 3; i++) await finishNext();
    expect(await Promise.all(all)).toEqual(['a', 'b', 'c']);
  });

  it('stores a failed group again one output at a time, so only the faulty output fails', async () => {
    const { calls, store, finishNext } = controlledStore((ids) => ids.includes('bad'));
    const singles = createOutputCoalescer(store);
    const first = singles.submit(ctx('o'), 'w', output('a'));
    const group = ['b', 'bad', 'c'].map((id) =>
      singles.submit(ctx('o'), 'w', output(id)).then(
        (v) => ({ ok: v }),
        (e: Error) => ({ error: e.message }),
      ),
    );
    for (let i = 0; i < 5; i++) await finishNext();
    expect(await first).toBe('a');
    expect(calls).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    expect(await Promise.all(group)).toEqual([{ ok: 'b' }, { error: 'refused bad' }, { ok: 'c' }]);
  });
});
