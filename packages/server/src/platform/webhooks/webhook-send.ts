import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import {
  guardedLookup,
  hostOf,
  type Lookup,
  RefusedTargetError,
  refusedAddress,
  type WebhookTargetPolicy,
} from './webhook-targets';

/**
 * POSTs one webhook delivery and answers its status code, and how long the receiver asked us to wait
 * (`Retry-After`, in seconds or as an HTTP date) when it gave one. Redirects are not followed. The connection goes
 * to an address the target policy allows, checked at connect time (see `guardedLookup`).
 */
export function postWebhook(
  target: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
  policy: WebhookTargetPolicy,
  lookup?: Lookup,
  now: Date = new Date(),
): Promise<{ statusCode: number; retryAfterMs: number | null }> {
  const url = new URL(target);
  const host = hostOf(url);
  if (isIP(host) && !policy.hosts.has(host)) {
    const refused = refusedAddress(host, policy);
    if (refused) return Promise.reject(new RefusedTargetError(`refused: ${host} is ${refused}`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...init.headers, 'content-length': Buffer.byteLength(init.body) },
        lookup: guardedLookup(policy, lookup),
        signal: AbortSignal.timeout(init.timeoutMs),
        agent: false,
      },
      (response) => {
        response.resume();
        const retryAfter = response.headers['retry-after'];
        response.on('end', () =>
          resolve({ statusCode: response.statusCode ?? 0, retryAfterMs: parseRetryAfter(retryAfter, now) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}

/** `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
