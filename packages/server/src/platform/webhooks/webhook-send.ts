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
 * POSTs one webhook delivery and answers its status code. Redirects are not followed. The connection goes
 * to an address the target policy allows, checked at connect time (see `guardedLookup`).
 */
export function postWebhook(
  target: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
  policy: WebhookTargetPolicy,
  lookup?: Lookup,
): Promise<number> {
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
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}
