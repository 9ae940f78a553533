import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolated modules cannot read)

// OWASP's argon2id minimum (m = 19 MiB, t = 2, p = 1), stated so hashes do not change with library defaults.
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash, still spend the time of a verification so response times do not reveal accounts.
  if (!passwordHash) {
    await hash(password, PARAMS);
    return false;
  }
  return verify(passwordHash, password);
}
