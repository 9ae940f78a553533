import {
  ACCESS_ACTIONS,
  ACCESS_AREAS,
  ACTION_OF_ROLE,
  type AccessAction,
  type AccessArea,
} from '@trellis/core';
import type { Role } from './roles';

/**
 * Permissions are `<capability>.<action>`. Every /api/v1 route gets one, derived here in one place:
 * the capability from its URL, the action from the minimum role its handler asks `requireOrganization`
 * for. Built-in roles are permission sets that reproduce the role ladder exactly; custom roles are any
 * set of these permissions.
 */
export const CAPABILITIES = ACCESS_AREAS;
export type Capability = AccessArea;

export const ACTIONS = ACCESS_ACTIONS;
export type Action = AccessAction;

export type Permission = `${Capability}.${Action}`;
export const PERMISSIONS: Permission[] = CAPABILITIES.flatMap((c) =>
  ACTIONS.map((a) => `${c}.${a}` as Permission),
);

const ROLE_OF_ACTION: Record<Action, Role> = {
  read: 'viewer',
  write: 'contributor',
  review: 'reviewer',
  approve: 'lead',
  admin: 'admin',
};

export function actionForRole(role: Role): Action {
  return ACTION_OF_ROLE[role];
}

const LADDER: Role[] = ['viewer', 'contributor', 'reviewer', 'lead', 'admin', 'owner'];

/** A built-in role as a permission set: every action whose role is at or below it, on every capability. */
export function builtInPermissions(role: Role): Permission[] {
  const rank = LADDER.indexOf(role);
  return PERMISSIONS.filter((p) => LADDER.indexOf(ROLE_OF_ACTION[p.split('.')[1] as Action]) <= rank);
}

/**
 * URL → capability, first match wins (paths below /api/v1). A route whose URL matches none falls back
 * to `settings` (so a custom role reaches it only with settings permissions) and
 * `permissions.test.ts` fails until it is listed here.
 */
export const CAPABILITY_OF_PATH: [RegExp, Capability][] = [
  [/^\/applications\/[^/]+\/(evidence|metrics)\b/, 'evidence'],
  [/^\/(metrics|measurements)\b/, 'evidence'],
  [
    /^\/applications\/[^/]+\/(retrospective|evidence-link-options|core-elements|scaling-packages|readiness)\b/,
    'core_review',
  ],
  [/^\/(core-review|core-elements|scaling-packages|retrospectives|readiness)\b/, 'core_review'],
  [/^\/(applications|custom-fields|saved-views|portfolio)\b/, 'portfolio'],
  [/^\/(workflows|outputs|reviews|alarms|calibration-rounds|quality|standards)\b/, 'quality'],
  [/^\/(org-units|capacity|change-impacts|pulse-surveys|pulse-rounds|pulse|change-notes)\b/, 'capacity'],
  [/^\/(decisions|decision-requests|evaluations|rubrics)\b/, 'decisions'],
  [/^\/(experiments|insights|change-proposals|ideas|search|learning|follows)\b/, 'learning'],
  [/^\/(sequencing|plans|plan|expansion-templates|expansion-plans|gate-decisions|planning)\b/, 'sequencing'],
  [/^\/(diagnostic|diagnostics|executive-summary)\b/, 'diagnostic'],
  [
    /^\/(organization|members|invitations|tokens|audit-events|webhooks|sso|roles|backup|export|metrics-config|demo)\b/,
    'settings',
  ],
];

/** Read routes open to any member whatever their role: their own inbox, the organization's name. */
const MEMBER_PATHS = [/^\/notifications\b/, /^\/organization$/];

export type RoutePermission =
  | { kind: 'capability'; capability: Capability; actions: Action[]; fromTable: boolean }
  /** Needs membership only (the caller's own inbox), or no organization at all (sign-in, setup). */
  | { kind: 'member' }
  | { kind: 'none' };

export function capabilityOfUrl(url: string): { capability: Capability; fromTable: boolean } {
  const path = url.replace(/^\/api\/v1/, '');
  const hit = CAPABILITY_OF_PATH.find(([pattern]) => pattern.test(path));
  return hit ? { capability: hit[1], fromTable: true } : { capability: 'settings', fromTable: false };
}

const REQUIRE_CALL = /requireOrganization\)?\(\s*\w+\s*(?:,\s*["'`](\w+)["'`])?\s*\)/g;

/**
 * A route's permission, from its URL and its handler's own `requireOrganization(request, role)` call
 * (read from the handler's source, so route files need no annotation).
 */
export function derivePermission(url: string, handlerSource: string): RoutePermission {
  const roles = [...handlerSource.matchAll(REQUIRE_CALL)].map((m) => (m[1] ?? 'viewer') as Role);
  const path = url.replace(/^\/api\/v1/, '');
  if (roles.length === 0) return { kind: 'none' };
  if (roles.every((r) => r === 'viewer') && MEMBER_PATHS.some((p) => p.test(path))) return { kind: 'member' };
  const { capability, fromTable } = capabilityOfUrl(url);
  const actions = [...new Set(roles.filter((r) => LADDER.includes(r)).map(actionForRole))];
  return { kind: 'capability', capability, actions, fromTable };
}

export function describePermission(permission: RoutePermission): string {
  if (permission.kind === 'none')
    return 'none (no organization role: sign-in, setup or the signed-in person)';
  if (permission.kind === 'member') return 'member (any role in the organization)';
  return permission.actions.map((a) => `${permission.capability}.${a}`).join(' or ');
}
