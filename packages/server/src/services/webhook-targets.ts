import dns from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a webhook may be sent to. Loopback, private, link-local (cloud metadata at 169.254.169.254),
 * shared, multicast and other special-purpose ranges are refused (RFC 6890 and the IANA special-purpose
 * registries), unless the operator allows a host, address or range (`TRELLIS_WEBHOOK_ALLOWED_TARGETS`) for an
 * on-premises receiver. Names are resolved when the webhook is created and again on every delivery, and the
 * delivery connects to the address that was checked, so a name re-pointed after the check (DNS rebinding)
 * cannot reach an internal address.
 */
const RANGES: Array<[label: string, cidrs: string[]]> = [
  ['a loopback address', ['127.0.0.0/8', '::1/128']],
  ['an unspecified address', ['0.0.0.0/8', '::/128']],
  ['a private address', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']],
  ['a link-local address (cloud metadata lives there)', ['169.254.0.0/16', 'fe80::/10']],
  ['a shared (carrier-grade NAT) address', ['100.64.0.0/10']],
  [
    'a reserved or special-purpose address',
    [
      '192.0.0.0/24',
      '192.0.2.0/24',
      '198.18.0.0/15',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '240.0.0.0/4',
      '64:ff9b::/96',
      '64:ff9b:1::/48',
      '100::/64',
      '2001::/23',
      '2001:db8::/32',
      '2002::/16',
    ],
  ],
  ['a multicast or broadcast address', ['224.0.0.0/4', 'ff00::/8']],
];

function subnet(list: BlockList, cidr: string): void {
  const [network, prefix] = cidr.split('/') as [string, string];
  list.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
}

const refusedRanges = RANGES.map(([label, cidrs]) => {
  const list = new BlockList();
  for (const cidr of cidrs) subnet(list, cidr);
  return { label, list };
});

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
  const family = isIP(address);
  if (!family) return 'not an IP address';
  const type = family === 6 ? 'ipv6' : 'ipv4';
  if (policy.addresses.check(address, type)) return null;
  for (const { label, list } of refusedRanges) if (list.check(address, type)) return label;
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
