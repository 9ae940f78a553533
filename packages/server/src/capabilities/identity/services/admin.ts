import { eq, or } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/request-auth';
import type { Role } from '../../../platform/auth/roles';
import { organizations } from '../../../platform/db/tenancy-schema';
import type { Database } from '../../../platform/db/types';
import { createApiToken } from './api-tokens';
import { addMember } from './members';
import { createOrganization } from './organizations';
import { createUser, findUserByEmail } from './users';

const CLI: Actor = { type: 'system', id: null, name: 'trellis CLI' };

async function findOrganization(db: Database, nameOrSlug: string) {
  return db.system(async (tx) => {
    const [org] = await tx
      .select()
      .from(organizations)
      .where(or(eq(organizations.slug, nameOrSlug), eq(organizations.name, nameOrSlug)));
    return org;
  });
}

/** The shell's `user create`: a new organization gets the person as owner; an existing one, the given role. */
export async function createUserInOrganization(
  db: Database,
  props: { email: string; name: string; organization: string; role: Role; password: string },
) {
  const existing = await findOrganization(db, props.organization);
  return db.system(async (tx) => {
    const user = (await findUserByEmail(tx, props.email)) ?? (await createUser(tx, props));
    if (!existing) {
      const org = await createOrganization(tx, { name: props.organization, ownerId: user.id, actor: CLI });
      return {
        email: user.email,
        role: 'owner' as Role,
        organizationName: org.name,
        organizationSlug: org.slug,
      };
    }
    await addMember(
      tx,
      { organizationId: existing.id, role: 'owner', actor: CLI, requestId: 'cli' },
      user.id,
      props.role,
    );
    return {
      email: user.email,
      role: props.role,
      organizationName: existing.name,
      organizationSlug: existing.slug,
    };
  });
}

export async function createTokenForOrganization(
  db: Database,
  props: { organization: string; name: string; role: Role; expiresAt?: Date | undefined },
): Promise<string> {
  const org = await findOrganization(db, props.organization);
  if (!org) throw new Error(`No organization named or with slug "${props.organization}".`);
  const ctx = { organizationId: org.id, role: 'admin' as Role, actor: CLI, requestId: 'cli' };
  const { secret } = await db.tenant(org.id, (tx) => createApiToken(tx, ctx, props));
  return secret;
}
