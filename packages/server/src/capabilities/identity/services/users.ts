import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../../../platform/auth/passwords';
import { users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { conflict } from '../../../platform/http/problem';

export type UserRow = typeof users.$inferSelect;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(tx: Tx, email: string): Promise<UserRow | undefined> {
  const [row] = await tx
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`);
  return row;
}

export async function findUserById(tx: Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  return row;
}

/** Replaces a person's password (stored as its argon2id hash). */
export async function setPassword(tx: Tx, userId: string, password: string): Promise<void> {
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, userId));
}

export async function createUser(
  tx: Tx,
  props: { email: string; name: string; password: string },
): Promise<UserRow> {
  if (await findUserByEmail(tx, props.email)) throw conflict('An account with this email already exists.');
  const [row] = await tx
    .insert(users)
    .values({
      email: normalizeEmail(props.email),
      name: props.name.trim(),
      passwordHash: await hashPassword(props.password),
    })
    .returning();
  return row!;
}

export async function countUsers(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}
