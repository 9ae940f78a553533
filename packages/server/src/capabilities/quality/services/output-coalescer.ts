import type { OrgContext } from '../../../platform/auth/request-auth';
import type { OutputInput } from './outputs';

/** Largest group of single outputs stored in one transaction. */
const MAX_GROUP = 200;

type Store<D> = (ctx: OrgContext, workflowId: string, inputs: OutputInput[]) => Promise<D[]>;

interface Waiting<D> {
  ctx: OrgContext;
  input: OutputInput;
  resolve: (decision: D) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for single outputs. Every output of a workflow is decided under that workflow's
 * sampling-state row lock, so single outputs arriving together would queue on the lock one transaction
 * each. Instead, outputs for a workflow that arrive while one of its transactions is running wait for it to
 * end and then go together in the next, one lock and one insert for the group. An output arriving when
 * nothing runs goes at once, so a quiet workflow sees no delay.
 *
 * Nothing here is state that matters: a waiting output is not acknowledged until its group commits, the
 * database lock still orders groups from several servers, and a group that fails (one output's client id
 * reused with other content, say) is stored again output by output, so each caller gets its own answer.
 */
export function createOutputCoalescer<D>(store: Store<D>) {
  const queues = new Map<string, Waiting<D>[]>();

  async function drain(key: string, workflowId: string): Promise<void> {
    for (;;) {
      const queue = queues.get(key)!;
      if (queue.length === 0) {
        queues.delete(key);
        return;
      }
      const group = queue.splice(0, MAX_GROUP);
      await storeGroup(workflowId, group);
    }
  }

  async function storeGroup(workflowId: string, group: Waiting<D>[]): Promise<void> {
    try {
      const decisions = await store(
        group[0]!.ctx,
        workflowId,
        group.map((w) => w.input),
      );
      for (const [i, waiting] of group.entries()) waiting.resolve(decisions[i]!);
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      for (const waiting of group) {
        try {
          const [decision] = await store(waiting.ctx, workflowId, [waiting.input]);
          waiting.resolve(decision!);
        } catch (own) {
          waiting.reject(own);
        }
      }
    }
  }

  return {
    /** Stores one output with others that arrive for the same workflow meanwhile; resolves to its decision. */
    submit(ctx: OrgContext, workflowId: string, input: OutputInput): Promise<D> {
      const key = `${ctx.organizationId}/${workflowId}`;
      return new Promise<D>((resolve, reject) => {
        const queue = queues.get(key);
        if (queue) {
          queue.push({ ctx, input, resolve, reject });
          return;
        }
        queues.set(key, [{ ctx, input, resolve, reject }]);
        void drain(key, workflowId);
      });
    },
  };
}
