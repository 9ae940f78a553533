import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../packages/server/src/platform/db/types';
import { lastAuditId } from '../../packages/server/src/test/api';
import {
  createMember,
  createOrganizationWithOwner,
  type TestPerson,
} from '../../packages/server/src/test/harness';

/**
 * The insiders' attempts on a pulse's anonymity: an owner, an admin and the lead who opens the round try to
 * learn who answered what. Each attempt that succeeds is one anonymity break:
 * - a respondent's link token in any answer the API gives them (every GET route, every id of their
 *   organization), in the answer that opens the round, or in the request log;
 * - a used link that answers differently from one never issued (which links were used);
 * - a second ballot on a used link, or one on a made-up link, accepted;
 * - the audit log growing while answers come in (their number and timing);
 * - a round's figures shown with fewer respondents than the minimum group.
 */
export interface PulseFigures {
  requests: number;
  serverErrors: number;
  anonymityBreaks: number;
  findings: string[];
}

const ITEMS = ['awareness', 'desire', 'knowledge', 'ability', 'reinforcement', 'workload', 'wellbeing'];
const all = (v: number) => Object.fromEntries(ITEMS.map((k) => [k, v]));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export async function pulseAttempts(
  app: FastifyInstance,
  db: Database,
  getRoutes: readonly string[],
  logLines: readonly string[] = [],
): Promise<PulseFigures> {
  const figures: PulseFigures = { requests: 0, serverErrors: 0, anonymityBreaks: 0, findings: [] };
  const broke = (finding: string) => {
    figures.anonymityBreaks++;
    figures.findings.push(`anonymity: ${finding}`);
  };
  const send = async (
    who: TestPerson | null,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => {
    figures.requests++;
    const res = await app.inject({
      method,
      url,
      headers: who?.headers ?? {},
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 500) {
      figures.serverErrors++;
      figures.findings.push(`5xx ${res.statusCode} ${method} ${url.slice(0, 120)}`);
    }
    return res;
  };

  const owner = await createOrganizationWithOwner(db, 'Pulse org');
  const admin = await createMember(db, owner.organizationId, 'admin');
  const lead = await createMember(db, owner.organizationId, 'lead');
  const insiders = [owner, admin, lead];
  const people: TestPerson[] = [];
  for (let i = 0; i < 4; i++) people.push(await createMember(db, owner.organizationId, 'contributor'));
  const unit = await send(owner, 'POST', '/api/v1/org-units', { name: 'Claims', kind: 'team', headcount: 4 });
  const unitId = unit.json().id as string;
  for (const p of people)
    await send(owner, 'PUT', `/api/v1/org-units/${unitId}/members/${p.userId}`, { role: 'member' });
  const survey = await send(lead, 'POST', '/api/v1/pulse-surveys', {
    orgUnitId: unitId,
    name: 'Claims check-in',
    cooldownDays: 0,
  });
  const surveyId = survey.json().id as string;
  const opened = await send(lead, 'POST', `/api/v1/pulse-surveys/${surveyId}/rounds`, { closesInDays: 7 });
  if (opened.statusCode !== 201) throw new Error(`The round did not open: ${opened.body}`);
  const roundId = opened.json().round.id as string;

  // Each respondent's token, as they find it in their own inbox.
  const tokens: string[] = [];
  for (const p of people) {
    const inbox = await send(p, 'GET', '/api/v1/notifications?limit=200');
    const mine = (
      inbox.json().items as { kind: string; link: string | null; entityId: string | null }[]
    ).find((n) => n.kind === 'pulse.invitation' && n.entityId === roundId);
    const token = new URLSearchParams(mine?.link?.split('#')[1] ?? '').get('token');
    if (!token) throw new Error('A respondent found no link in their inbox');
    tokens.push(token);
  }
  const secrets = [...tokens, ...tokens.map(encodeURIComponent)];
  const holds = (text: string) => secrets.some((s) => text.includes(s));
  // The detector itself: a respondent's own inbox does hold their link.
  if (!holds((await send(people[0]!, 'GET', '/api/v1/notifications?limit=200')).body))
    throw new Error('The token search finds nothing even where a link is');
  if (holds(opened.body)) broke('the answer that opens the round holds a link');

  // Answers come in: two of four, below the minimum group of 3.
  const auditBefore = await lastAuditId(db, owner.organizationId);
  for (const token of tokens.slice(0, 2)) {
    const res = await send(null, 'POST', '/api/v1/pulse/answers', { token, answers: all(2) });
    if (res.statusCode !== 204) throw new Error(`A respondent could not answer: ${res.body}`);
  }
  if ((await lastAuditId(db, owner.organizationId)) !== auditBefore)
    broke('the audit log grew while answers came in');

  // Which links were used: a used link must answer as one never issued.
  const shape = (res: Awaited<ReturnType<typeof send>>) => {
    const body = res.json() as { type?: string; detail?: string; errors?: unknown };
    return JSON.stringify([res.statusCode, body.type, body.detail, body.errors]);
  };
  const never = randomBytes(32).toString('base64url');
  const usedForm = await send(null, 'POST', '/api/v1/pulse/form', { token: tokens[0] });
  const neverForm = await send(null, 'POST', '/api/v1/pulse/form', { token: never });
  if (shape(usedForm) !== shape(neverForm)) broke('a used link answers unlike one never issued');

  // Ballot stuffing: the same link twice, a made-up link.
  for (const token of [tokens[0]!, never]) {
    const res = await send(null, 'POST', '/api/v1/pulse/answers', { token, answers: all(5) });
    if (res.statusCode < 300) broke(`a ballot on a ${token === never ? 'made-up' : 'used'} link was counted`);
  }

  // Every answer the insiders can get: every GET route, with every id their organization shows them.
  const ids = new Set<string>([
    owner.organizationId,
    unitId,
    surveyId,
    roundId,
    ...people.map((p) => p.userId),
  ]);
  for (const route of getRoutes.filter((r) => !r.includes('{')))
    for (const who of insiders) {
      const res = await send(who, 'GET', route);
      if (holds(res.body))
        broke(`GET ${route} shows a link to the ${who === lead ? 'lead' : 'owner or admin'}`);
      for (const id of res.body.match(UUID) ?? []) ids.add(id);
    }
  for (const route of getRoutes.filter((r) => r.includes('{')))
    for (const id of ids)
      for (const who of insiders) {
        const url = route.replace(/\{[^}]+\}/g, id);
        const res = await send(who, 'GET', url);
        if (holds(res.body)) broke(`GET ${url} shows a link`);
      }

  // The round closes with 2 respondents: its figures stay hidden from everyone.
  await send(lead, 'POST', `/api/v1/pulse-rounds/${roundId}/close`, {});
  for (const who of insiders) {
    const res = await send(who, 'GET', `/api/v1/pulse-surveys/${surveyId}/results`);
    const round = (
      res.json().rounds as { roundId: string; respondents: unknown; items: unknown }[] | undefined
    )?.find((r) => r.roundId === roundId);
    if (round && (round.respondents !== null || round.items !== null))
      broke('a round with 2 respondents shows figures');
  }
  if (holds(logLines.join(''))) broke('the request log holds a link');
  return figures;
}
