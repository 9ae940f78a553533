import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A high-entropy secret (256 bits, base64url); stored only as its SHA-256, which suffices at this entropy. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API token secrets look like `trl_<8-char prefix>_<secret>`; the prefix is shown in lists. */
export function newApiTokenSecret(): { secret: string; prefix: string } {
  const prefix = randomBytes(4).toString('hex');
  return { secret: `trl_${prefix}_${newSecret()}`, prefix: `trl_${prefix}` };
}
