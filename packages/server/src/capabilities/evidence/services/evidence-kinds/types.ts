import type { OrgContext } from '../../../../platform/auth/request-auth';
import type { Tx } from '../../../../platform/db/types';

/** What an evidence link shows on an insight's trail. */
export interface EvidenceSummary {
  title: string;
  detail: string;
  link: string;
  occurredAt: Date;
}

/** An object to offer in the "add evidence" picker. */
export interface EvidenceOption {
  id: string;
  label: string;
}

/** A kind of object an insight may cite: how to find it in the caller's organization, and what to offer. */
export interface EvidenceKind {
  label: string;
  /** The summaries of those `ids` that exist in the organization (others are simply absent). */
  resolve(tx: Tx, ctx: OrgContext, ids: string[]): Promise<Map<string, EvidenceSummary>>;
  /** Recent objects of this kind to pick from, newest first. */
  options(tx: Tx, ctx: OrgContext): Promise<EvidenceOption[]>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The ids that can be row ids at all (anything else cannot match, and must not reach a uuid column). */
export const uuids = (ids: string[]) => ids.filter((id) => UUID.test(id));
export const excerpt = (text: string, n = 160) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
