import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, RoleSchema, Timestamp } from '../../../platform/http/schemas';
import {
  type ApprovalRow,
  decideDecisionRequest,
  getDecisionRequest,
  listDecisionRequests,
  type RequestRow,
  submitDecisionRequest,
  updateDecisionRequest,
  withdrawDecisionRequest,
} from '../services/decision-requests';
import { DecisionType, errors, RequestStatus, TierSchema } from './decision-schemas';

const Payload = z.record(z.string(), z.unknown());
const DecisionRequest = z
  .object({
    id: Id,
    decisionType: DecisionType,
    applicationId: Id.nullable(),
    orgUnitId: Id.nullable(),
    title: z.string(),
    payload: Payload,
    tier: TierSchema,
    tierReasons: z.array(z.object({ tier: TierSchema, text: z.string() })),
    status: RequestStatus,
    version: z.number().int(),
    requester: z.object({ id: Id.nullable(), name: z.string() }),
    preapprovedPattern: Id.nullable(),
    submittedAt: Timestamp,
    remindAt: Timestamp.nullable(),
    dueAt: Timestamp.nullable(),
    remindedAt: Timestamp.nullable(),
    escalatedAt: Timestamp.nullable(),
    decidedAt: Timestamp.nullable(),
  })
  .meta({ id: 'DecisionRequest' });
const Approval = z.object({
  approverId: Id,
  approverName: z.string(),
  requestVersion: z.number().int(),
  accountable: z.boolean(),
  verdict: z.enum(['approve', 'reject']),
  comment: z.string(),
  createdAt: Timestamp,
});
const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const presentRequest = (r: RequestRow): z.infer<typeof DecisionRequest> => ({
  id: r.id,
  decisionType: r.decisionType,
  applicationId: r.applicationId,
  orgUnitId: r.orgUnitId,
  title: r.title,
  payload: r.payload,
  tier: r.tier,
  tierReasons: r.tierReasons,
  status: r.status,
  version: r.version,
  requester: { id: r.requesterId, name: r.requesterName },
  preapprovedPattern: r.patternId,
  submittedAt: r.submittedAt.toISOString(),
  remindAt: iso(r.remindAt),
  dueAt: iso(r.dueAt),
  remindedAt: iso(r.remindedAt),
  escalatedAt: iso(r.escalatedAt),
  decidedAt: iso(r.decidedAt),
});
const presentApproval = (a: ApprovalRow) => ({
  approverId: a.approverId,
  approverName: a.approverName,
  requestVersion: a.requestVersion,
  accountable: a.accountable,
  verdict: a.verdict,
  comment: a.comment,
  createdAt: a.createdAt.toISOString(),
});

export const decisionRequestRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/decisions/requests',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Decision requests, newest first',
        querystring: PageQuery.extend({ status: RequestStatus.optional() }),
        response: { 200: page(DecisionRequest), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor, status } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listDecisionRequests(tx, ctx, { status, limit: limit + 1, before }),
      );
      return toPage(rows, limit, presentRequest, (r) => [r.submittedAt.toISOString(), r.id]);
    },
  );

  app.post(
    '/api/v1/decisions/requests',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['decisions'],
        summary: 'Request a decision: low risk and pre-approved patterns are approved at once (contributor)',
        body: z.strictObject({
          decisionType: DecisionType,
          applicationId: Id.nullable().optional(),
          orgUnitId: Id.nullable().optional(),
          title: z.string().trim().min(1).max(300),
          payload: Payload.default({}),
        }),
        response: { 201: DecisionRequest, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const row = await db.tenant(ctx.organizationId, (tx) => submitDecisionRequest(tx, ctx, request.body));
      return reply.status(201).send(presentRequest(row));
    },
  );

  app.get(
    '/api/v1/decisions/requests/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'A decision request with its approvals, its approvers’ roles and what you may do',
        params: IdParams,
        response: {
          200: z.object({
            request: DecisionRequest,
            approvals: z.array(Approval),
            origin: z
              .object({
                kind: z.literal('change_proposal'),
                id: Id,
                target: z.string(),
                subject: z.string(),
                status: z.string(),
                insight: z.object({ id: Id, statement: z.string() }),
                link: z.string(),
              })
              .nullable()
              .describe('What the request decides, when another capability opened it (a change proposal)'),
            rights: z.object({
              accountable: z.array(RoleSchema),
              responsible: z.array(RoleSchema),
              consulted: z.array(RoleSchema),
              informed: z.array(RoleSchema),
            }),
            required: z.number().int(),
            canDecide: z.boolean(),
            canEdit: z.boolean(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const v = await db.tenant(ctx.organizationId, (tx) => getDecisionRequest(tx, ctx, request.params.id));
      return { ...v, request: presentRequest(v.request), approvals: v.approvals.map(presentApproval) };
    },
  );

  app.patch(
    '/api/v1/decisions/requests/:id',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['decisions'],
        summary:
          'Edit your request: a new version; earlier approvals stop counting and an approved request reopens',
        params: IdParams,
        body: z.strictObject({
          version: z.number().int().min(1),
          title: z.string().trim().min(1).max(300).optional(),
          payload: Payload.optional(),
        }),
        response: { 200: DecisionRequest, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      const row = await db.tenant(ctx.organizationId, (tx) =>
        updateDecisionRequest(tx, ctx, request.params.id, request.body),
      );
      return presentRequest(row);
    },
  );

  app.post(
    '/api/v1/decisions/requests/:id/decision',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Approve or reject the current version (an approver named by the decision rights)',
        params: IdParams,
        body: z.strictObject({
          version: z.number().int().min(1),
          verdict: z.enum(['approve', 'reject']),
          comment: z.string().max(4000).optional(),
        }),
        response: { 200: DecisionRequest, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const row = await db.tenant(ctx.organizationId, (tx) =>
        decideDecisionRequest(tx, ctx, request.params.id, request.body),
      );
      return presentRequest(row);
    },
  );

  app.post(
    '/api/v1/decisions/requests/:id/withdraw',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['decisions'],
        summary: 'Withdraw your pending request',
        params: IdParams,
        body: z.strictObject({ version: z.number().int().min(1) }),
        response: { 200: DecisionRequest, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      const row = await db.tenant(ctx.organizationId, (tx) =>
        withdrawDecisionRequest(tx, ctx, request.params.id, request.body.version),
      );
      return presentRequest(row);
    },
  );
};
