import {
  ACCESS_ACTIONS,
  ACCESS_AREAS,
  ACTION_OF_ROLE,
  type AccessAction,
  type AccessArea,
} from '@trellis/core';
import type { Role } from './roles';

/**
 * Permissions are `<capability>.<action>`. Every /api/v1 route declares one: its capability module's
 * manifest names the capability (`permissionArea`), the route its action (`config: { permission }`,
 * the action of the minimum role its handler asks `requireOrganization` for). Built-in roles are permission sets that reproduce the role ladder exactly; custom roles are any
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
 * What a route declares (`config: { permission }`): an action on its manifest's `permissionArea`, a full
 * `<capability>.<action>` when the route belongs to another area than its manifest, `member` (any role
 * in the organization: the caller's own inbox) or `none` (no organization: sign-in, setup).
 */
export type DeclaredPermission = Action | Permission | 'member' | 'none';

export type RoutePermission =
  | { kind: 'capability'; capability: Capability; action: Action }
  /** Needs membership only (the caller's own inbox), or no organization at all (sign-in, setup). */
  | { kind: 'member' }
  | { kind: 'none' };

export function isAction(value: unknown): value is Action {
  return (ACTIONS as readonly unknown[]).includes(value);
}

/**
 * A route's permission from its declaration and its manifest's area. Throws (the server does not start)
 * on a missing or unknown declaration, or on an action alone where no area is declared.
 */
export function resolvePermission(
  declared: unknown,
  area: Capability | undefined,
  route: string,
): RoutePermission {
  if (declared === 'none' || declared === 'member') return { kind: declared };
  if (isAction(declared)) {
    if (!area)
      throw new Error(`${route} declares the action '${declared}' outside a manifest with a permissionArea.`);
    return { kind: 'capability', capability: area, action: declared };
  }
  if (PERMISSIONS.includes(declared as Permission)) {
    const [capability, action] = (declared as Permission).split('.') as [Capability, Action];
    return { kind: 'capability', capability, action };
  }
  throw new Error(
    `${route} declares no permission: give it config: { permission } (an action, <capability>.<action>, 'member' or 'none'); got ${JSON.stringify(declared)}.`,
  );
}

export function describePermission(permission: RoutePermission): string {
  if (permission.kind === 'none')
    return 'none (no organization role: sign-in, setup or the signed-in person)';
  if (permission.kind === 'member') return 'member (any role in the organization)';
  return `${permission.capability}.${permission.action}`;
}
