import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { hashPassword } from '../../../platform/auth/passwords';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { hasRole, type Role } from '../../../platform/auth/roles';
import { hashSecret, newSecret } from '../../../platform/auth/secrets';
import { createSession } from '../../../platform/auth/sessions';
import { timestampParam, toMillis } from '../../../platform/db/keyset';
import { invitations, memberships, organizations } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, forbidden, HttpProblem, notFound } from '../../../platform/http/problem';
import { enqueueAccountEmail, enqueueEmails, mailEnabled } from '../../../platform/mail/outbox';
import { appLink, renderEmail } from '../../../platform/mail/templates';
import { createUser, findUserByEmail, findUserById, normalizeEmail, type UserRow } from './users';

export type InvitationRow = typeof invitations.$inferSelect;
const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export async function listInvitations(
  tx: Tx,
  ctx: OrgContext,
  page: { limit: number; before?: [string, string] | undefined },
): Promise<InvitationRow[]> {
  const created = toMillis(invitations.createdAt);
  const before = page.before
    ? or(
        lt(created, timestampParam(page.before[0])),
        and(eq(created, timestampParam(page.before[0])), lt(invitations.id, page.before[1])),
      )
    : undefined;
  return tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, ctx.organizationId), isNull(invitations.revokedAt), before))
    .orderBy(desc(created), desc(invitations.id))
    .limit(page.limit);
}

/**
 * Issues a one-time invitation link; the token in it is stored only as a hash. When this server sends
 * e-mail, the link also goes to the invitee through the outbox, in the same transaction (its body is
 * blanked once sent), so an admin need not copy it; `emailed` says whether it did.
 */
export async function createInvitation(
  tx: Tx,
  ctx: OrgContext,
  input: { email: string; role: Role },
): Promise<{ invitation: InvitationRow; token: string; emailed: boolean }> {
  if (input.role === 'owner' && !hasRole(ctx.role, 'owner'))
    throw forbidden('Only an owner can invite an owner.');
  const email = normalizeEmail(input.email);
  const token = newSecret();
  const [row] = await tx
    .insert(invitations)
    .values({
      organizationId: ctx.organizationId,
      email,
      role: input.role,
      tokenHash: hashSecret(token),
      invitedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    })
    .returning();
  const invitation = row!;
  await recordAudit(tx, ctx, {
    action: 'invitation.created',
    entityType: 'invitation',
    entityId: invitation.id,
    after: { email, role: input.role, expiresAt: invitation.expiresAt.toISOString() },
  });
  const emailed = mailEnabled() && (await emailInvitation(tx, ctx, invitation, token));
  return { invitation, token, emailed };
}

const ROLE_WORDS: Record<Role, string> = {
  owner: 'an owner',
  admin: 'an admin',
  lead: 'a lead',
  reviewer: 'a reviewer',
  contributor: 'a contributor',
  viewer: 'a viewer',
};

async function emailInvitation(tx: Tx, ctx: OrgContext, invitation: InvitationRow, token: string) {
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  const orgName = org?.name ?? 'an organization';
  const inviter = ctx.actor.type === 'user' ? ctx.actor.name : 'An admin';
  const rendered = renderEmail({
    subject: `${inviter} invited you to ${orgName} on Trellis`,
    recipientName: invitation.email,
    organizationName: orgName,
    paragraphs: [
      `${inviter} invited you to join ${orgName} on Trellis as ${ROLE_WORDS[invitation.role]}. Open the link to accept: with an account for ${invitation.email} you sign in, without one you create it.`,
      'The link is yours alone and works once. If you did not expect this invitation, ignore this e-mail.',
    ],
    due: invitation.expiresAt,
    action: { label: 'Accept the invitation', url: appLink(`/invite?token=${encodeURIComponent(token)}`) },
    footer: { reason: `You receive this because someone in ${orgName} invited ${invitation.email}.` },
  });
  await enqueueEmails(tx, [
    {
      kind: 'invitation',
      organizationId: ctx.organizationId,
      userId: null,
      to: invitation.email,
      ...rendered,
    },
  ]);
  return true;
}

export async function revokeInvitation(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.organizationId, ctx.organizationId),
        eq(invitations.id, id),
        isNull(invitations.revokedAt),
      ),
    )
    .returning();
  if (!row) throw notFound('The invitation');
  await recordAudit(tx, ctx, {
    action: 'invitation.revoked',
    entityType: 'invitation',
    entityId: id,
    before: { email: row.email, role: row.role },
  });
}

/**
 * A usable invitation by its token, with its organization's name (system scope: no tenant yet).
 * `field` names where the token came from in the error (the lookup reads it from the query string).
 */
export async function findOpenInvitation(tx: Tx, token: string, field = 'body.token') {
  const [row] = await tx
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  if (!row) throw fieldError(field, 'The invitation link is invalid, used or expired.');
  return row;
}

/**
 * Accepts an invitation as the signed-in person, who must be the invited e-mail. No password is ever
 * checked here: someone who already has an account signs in first (through their organizations' rules,
 * single sign-on included), then accepts. Returns the user and a new session.
 */
export async function acceptInvitation(
  tx: Tx,
  input: { token: string; signedInUserId: string | undefined },
  requestId: string,
) {
  const { invitation } = await findOpenInvitation(tx, input.token);
  if (!input.signedInUserId) {
    throw new HttpProblem(
      401,
      'unauthenticated',
      `Sign in as ${invitation.email} to accept, or create your account from the invitation.`,
    );
  }
  const member = await findUserById(tx, input.signedInUserId);
  if (!member || normalizeEmail(member.email) !== invitation.email) {
    throw forbidden(
      `This invitation is for ${invitation.email}; sign out, then sign in as that address to accept.`,
    );
  }
  await join(tx, invitation, member, requestId);
  return { user: member, session: await createSession(tx, member.id) };
}

/**
 * "Create your account" from an invitation. The answer is the same whether or not the e-mail already has
 * an account, and so is the work (a password hash either way), so it tells nothing about accounts:
 * - no account: the account is made with this name and password and joins the organization;
 * - an account: nothing changes (its password is neither checked nor replaced) and, when e-mail is set
 *   up, its owner is told that the invitation waits for them to sign in and accept.
 * The caller then signs in with the password it chose, through the throttled sign-in.
 */
export async function registerFromInvitation(
  tx: Tx,
  input: { token: string; name: string; password: string },
  requestId: string,
  notifyExisting?: (tx: Tx, notice: ExistingAccountNotice) => Promise<void>,
): Promise<{ email: string }> {
  const { invitation, organizationName } = await findOpenInvitation(tx, input.token);
  const existing = await findUserByEmail(tx, invitation.email);
  if (existing) {
    await hashPassword(input.password); // the same cost as making an account, so timing says nothing
    // Told once per invitation, however often the form is sent (the outbox is not a way to spam someone).
    if (notifyExisting && !invitation.noticeSentAt) {
      await notifyExisting(tx, { user: existing, organizationName, invitationId: invitation.id });
      await tx.update(invitations).set({ noticeSentAt: new Date() }).where(eq(invitations.id, invitation.id));
    }
    return { email: invitation.email };
  }
  const member = await createUser(tx, {
    email: invitation.email,
    name: input.name,
    password: input.password,
  });
  await join(tx, invitation, member, requestId);
  return { email: invitation.email };
}

export interface ExistingAccountNotice {
  user: UserRow;
  organizationName: string;
  invitationId: string;
}

async function join(tx: Tx, invitation: InvitationRow, member: UserRow, requestId: string) {
  const [already] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, invitation.organizationId), eq(memberships.userId, member.id)));
  if (already) throw conflict('You are already a member of this organization.');
  await tx
    .insert(memberships)
    .values({ organizationId: invitation.organizationId, userId: member.id, role: invitation.role });
  await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
  await recordAudit(
    tx,
    {
      organizationId: invitation.organizationId,
      actor: { type: 'user', id: member.id, name: member.name },
      requestId,
    },
    {
      action: 'member.added',
      entityType: 'member',
      entityId: member.id,
      after: { role: invitation.role, invitationId: invitation.id },
    },
  );
}

const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The `notifyExisting` of `registerFromInvitation` when this server sends e-mail: an `account_notice` through
 * the outbox telling the person that an invitation waits for them to sign in and accept. It carries no token
 * and no password: only where to sign in.
 */
export const invitationNotice =
  (origin: string) =>
  async (tx: Tx, notice: ExistingAccountNotice): Promise<void> => {
    const signIn = `${origin.replace(/\/$/, '')}/sign-in`;
    const org = oneLine(notice.organizationName);
    await enqueueAccountEmail(tx, {
      kind: 'account_notice',
      userId: notice.user.id,
      to: notice.user.email,
      subject: `An invitation to ${org} on Trellis`,
      text: [
        `Hello ${oneLine(notice.user.name)},`,
        '',
        `Someone used the invitation to ${org} for ${notice.user.email} to create an account, but you already have one: nothing about it changed.`,
        `To join ${org}, sign in as usual at ${signIn}, then open the invitation link again and accept it.`,
        '',
        'If you do not want to join, ignore this e-mail.',
        '',
      ].join('\n'),
      html: [
        '<!doctype html>',
        '<html><body style="font-family: sans-serif; line-height: 1.5">',
        `<p>Hello ${escapeHtml(notice.user.name)},</p>`,
        `<p>Someone used the invitation to ${escapeHtml(org)} for ${escapeHtml(notice.user.email)} to create an account, but you already have one: nothing about it changed.</p>`,
        `<p>To join ${escapeHtml(org)}, <a href="${escapeHtml(signIn)}">sign in</a> as usual, then open the invitation link again and accept it.</p>`,
        '<p>If you do not want to join, ignore this e-mail.</p>',
        '</body></html>',
      ].join('\n'),
    });
  };
