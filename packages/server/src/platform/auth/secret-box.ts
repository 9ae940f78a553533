import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Raised when a secret would be stored unencrypted where that is not allowed (production without a key). */
export class SecretKeyRequiredError extends Error {
  constructor() {
    super('TRELLIS_SECRET_KEY is not set: this server stores no secret unencrypted in production.');
  }
}

/**
 * Seals a stored secret (an SSO client secret) with AES-256-GCM under a key derived from
 * TRELLIS_SECRET_KEY. Without a key the secret is kept as `plain.<secret>` — still never returned by the
 * API, and the settings page says so — but only where `plainAllowed` (not in production: there it throws
 * SecretKeyRequiredError and nothing is stored).
 */
export function sealSecret(secret: string, key: string | undefined, plainAllowed = true): string {
  if (!key) {
    if (!plainAllowed) throw new SecretKeyRequiredError();
    return `plain.${secret}`;
  }
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(key), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function openSecret(sealed: string, key: string | undefined): string {
  if (sealed.startsWith('plain.')) return sealed.slice('plain.'.length);
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unknown sealed-secret format');
  if (!key) throw new Error('This secret was sealed with TRELLIS_SECRET_KEY, which is not set now.');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(key), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

export function isSealed(sealed: string): boolean {
  return sealed.startsWith('v1.');
}

function deriveKey(key: string): Buffer {
  return createHash('sha256').update(`trellis-secret-box:${key}`).digest();
}
