import dns from 'node:dns';
import { BlockList, isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Which addresses a webhook may be sent to: only those ipaddr.js (a maintained classifier of the IANA
 * special-purpose registries) calls `unicast`, after an IPv4-mapped IPv6 address is read as its IPv4 address.
 * Loopback, private, link-local (cloud metadata at 169.254.169.254), shared, multicast, IPv4-compatible and
 * other special-purpose addresses are refused, unless the operator allows a host, address or range (`TRELLIS_WEBHOOK_ALLOWED_TARGETS`) for an
 * on-premises receiver. Names are resolved when the webhook is created and again on every delivery, and the
 * delivery connects to the address that was checked, so a name re-pointed after the check (DNS rebinding)
 * cannot reach an internal address.
 */
/** How the classifier's ranges read in a refusal; any range but `unicast` is refused. */
const LABELS: Record<string, string> = {
  loopback: 'a loopback address',
  unspecified: 'an unspecified address',
  private: 'a private address',
  uniqueLocal: 'a private address',
  linkLocal: 'a link-local address (cloud metadata lives there)',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
  multicast: 'a multicast or broadcast address',
  broadcast: 'a multicast or broadcast address',
};
const SPECIAL = 'a reserved or special-purpose address';
// Beyond the classifier's ranges: IPv4-compatible IPv6 (::a.b.c.d, deprecated by RFC 4291; `::127.0.0.1` is
// `::7f00:1`, which ipaddr.js calls unicast) and the IETF protocol assignments block (RFC 2928).
const EXTRA_REFUSED = [ipaddr.parseCIDR('::/96'), ipaddr.parseCIDR('2001::/23')] as const;

export interface WebhookTargetPolicy {
  /** Host names allowed whatever they resolve to (lower case). */
  hosts: Set<string>;
  /** Addresses and ranges allowed although special-purpose. */
  addresses: BlockList;
}

/**
 * Reads the allow-list: comma- or space-separated host names, IP addresses and CIDR ranges, e.g.
 * `hooks.corp.example, 10.20.0.0/16, 127.0.0.1`. Throws on an entry that is none of these.
 */
export function webhookTargetPolicy(entries: string[]): WebhookTargetPolicy {
  const policy: WebhookTargetPolicy = { hosts: new Set(), addresses: new BlockList() };
  for (const raw of entries) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    if (!entry) continue;
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(address);
    if (family) {
      const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32))
        throw new Error(`TRELLIS_WEBHOOK_ALLOWED_TARGETS: "${raw}" has a bad prefix length`);
      policy.addresses.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
    } else if (
      prefix === undefined &&
      /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(entry)
    ) {
      policy.hosts.add(entry);
    } else {
      throw new Error(`TRELLIS_WEBHOOK_ALLOWED_TARGETS: "${raw}" is not a host name, address or CIDR range`);
    }
  }
  return policy;
}

/** Why an address may not be sent to, or null when it may. */
export function refusedAddress(address: string, policy: WebhookTargetPolicy): string | null {
  if (!isIP(address) || !ipaddr.isValid(address)) return 'not an IP address';
  // ipaddr.js reads a dotted tail as IPv4-mapped whatever precedes it (`::8.8.8.8` as `::ffff:8.8.8.8`);
  // the WHATWG URL parser writes IPv6 in hex, so the classifier sees the address the socket would use.
  let canonical = address;
  if (isIP(address) === 6) {
    if (!URL.canParse(`http://[${address}]/`)) return 'not an IP address'; // e.g. with a zone id
    canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  }
  // ::ffff:10.0.0.1 is 10.0.0.1 to the socket.
  const parsed = ipaddr.process(canonical);
  const plain = parsed.toString();
  const type = parsed.kind();
  if (policy.addresses.check(plain, type)) return null;
  const range = parsed.range();
  if (range !== 'unicast') return LABELS[range] ?? SPECIAL;
  if (parsed.kind() === 'ipv6' && EXTRA_REFUSED.some((cidr) => parsed.match(cidr))) return SPECIAL;
  return null;
}

export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

export type Lookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;
const systemLookup: Lookup = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * Checks a webhook URL when it is created: null when allowed, else the reason. Every address a name
 * resolves to must be allowed (a resolver may hand out any of them); a name that does not resolve passes
 * here and meets the same check at every delivery.
 */
export async function checkWebhookUrl(
  raw: string,
  policy: WebhookTargetPolicy,
  lookup: Lookup = systemLookup,
): Promise<string | null> {
  const url = new URL(raw);
  if (url.username || url.password) return 'must not carry a user name or password';
  const host = hostOf(url);
  if (policy.hosts.has(host)) return null;
  if (isIP(host)) {
    const refused = refusedAddress(host, policy);
    return refused
      ? `points at ${refused}; your operator can allow it in TRELLIS_WEBHOOK_ALLOWED_TARGETS`
      : null;
  }
  // A name that does not resolve (yet) is no way in: every delivery resolves it again and checks then.
  const addresses = await lookup(host).catch(() => []);
  for (const { address } of addresses) {
    const refused = refusedAddress(address, policy);
    if (refused)
      return `${host} resolves to ${address}, ${refused}; your operator can allow it in TRELLIS_WEBHOOK_ALLOWED_TARGETS`;
  }
  return null;
}

/** Raised when a delivery's target resolves to a refused address (the attempt is logged as failed). */
export class RefusedTargetError extends Error {
  readonly code = 'ERR_WEBHOOK_TARGET_REFUSED';
}

/**
 * A `lookup` for node:http that resolves as usual and refuses when any address is not allowed; the socket
 * connects to the address checked here, so nothing can change between the check and the connection.
 */
export function guardedLookup(policy: WebhookTargetPolicy, lookup: Lookup = systemLookup) {
  return (
    hostname: string,
    options: { all?: boolean },
    callback: (
      error: NodeJS.ErrnoException | null,
      address: string | Array<{ address: string; family: number }>,
      family?: number,
    ) => void,
  ): void => {
    const allowedByName = policy.hosts.has(hostname.toLowerCase());
    lookup(hostname).then(
      (addresses) => {
        for (const { address } of addresses) {
          const refused = allowedByName ? null : refusedAddress(address, policy);
          if (refused) {
            callback(new RefusedTargetError(`refused: ${hostname} resolves to ${address}, ${refused}`), '');
            return;
          }
        }
        if (!addresses.length) {
          callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '');
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
