import { describe, expect, it } from 'vitest';
import {
  checkWebhookUrl,
  guardedLookup,
  RefusedTargetError,
  refusedAddress,
  webhookTargetPolicy,
} from './webhook-targets';

const none = webhookTargetPolicy([]);

describe('webhook target policy', () => {
  it('refuses the special-purpose ranges of RFC 6890 and lets public addresses through', () => {
    // Range edges: the first and last address inside, and the neighbours just outside.
    expect(refusedAddress('172.16.0.0', none)).toBe('a private address');
    expect(refusedAddress('172.31.255.255', none)).toBe('a private address');
    expect(refusedAddress('172.15.255.255', none)).toBeNull();
    expect(refusedAddress('172.32.0.0', none)).toBeNull();
    expect(refusedAddress('169.254.169.254', none)).toMatch(/link-local/);
    expect(refusedAddress('100.127.255.255', none)).toMatch(/carrier-grade/);
    expect(refusedAddress('100.128.0.0', none)).toBeNull();
    expect(refusedAddress('::ffff:10.0.0.1', none)).toBe('a private address');
    expect(refusedAddress('64:ff9b::a00:1', none)).toMatch(/special-purpose/);
    expect(refusedAddress('2001:db8::1', none)).toMatch(/special-purpose/);
    expect(refusedAddress('2606:4700::1111', none)).toBeNull();
    expect(refusedAddress('8.8.8.8', none)).toBeNull();
  });

  it('allows hosts, addresses and ranges an operator lists, and nothing next to them', async () => {
    const policy = webhookTargetPolicy(['hooks.corp.example', ' 10.20.0.0/16', '127.0.0.1', '[fd00::5]']);
    expect(refusedAddress('10.20.255.1', policy)).toBeNull();
    expect(refusedAddress('10.21.0.1', policy)).toBe('a private address');
    expect(refusedAddress('127.0.0.1', policy)).toBeNull();
    expect(refusedAddress('127.0.0.2', policy)).toBe('a loopback address');
    expect(refusedAddress('fd00::5', policy)).toBeNull();
    const lookup = async () => [{ address: '10.99.0.1', family: 4 }];
    expect(await checkWebhookUrl('https://HOOKS.corp.example/x', policy, lookup)).toBeNull();
    expect(await checkWebhookUrl('https://other.corp.example/x', policy, lookup)).toMatch(
      /other\.corp\.example resolves to 10\.99\.0\.1, a private address/,
    );
  });

  it('refuses a name when any of its addresses is internal, and leaves an unresolvable one to delivery', async () => {
    const lookup = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '::1', family: 6 },
    ];
    expect(await checkWebhookUrl('https://mixed.example/x', none, lookup)).toMatch(/::1, a loopback/);
    const failing = async () => {
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    // Not resolvable yet: accepted here, and checked again when a delivery resolves it.
    expect(await checkWebhookUrl('https://nowhere.example/x', none, failing)).toBeNull();
  });

  it('refuses IPv4 hidden in IPv6: compatible (::127.0.0.1), mapped, NAT64, 6to4 and Teredo', async () => {
    for (const address of [
      '::127.0.0.1',
      '::7f00:1',
      '::8.8.8.8',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '2001::1',
      '100::1',
    ])
      expect(refusedAddress(address, none), address).not.toBeNull();
    expect(refusedAddress('::ffff:8.8.8.8', none)).toBeNull();
    // As written in a webhook URL: the URL parser turns [::127.0.0.1] into [::7f00:1].
    expect(await checkWebhookUrl('http://[::127.0.0.1]:8080/hook', none)).toMatch(/special-purpose/);
    expect(await checkWebhookUrl('http://[::ffff:127.0.0.1]:8080/hook', none)).toMatch(/loopback/);
    // At delivery, a name resolving to one is refused too.
    const lookup = async () => [{ address: '::7f00:1', family: 6 }];
    const error = await new Promise<Error | null>((resolve) =>
      guardedLookup(none, lookup)('hooks.example', { all: true }, (e) => resolve(e)),
    );
    expect(error).toBeInstanceOf(RefusedTargetError);
  });

  it('stops at start-up on an allow-list entry it cannot read', () => {
    expect(() => webhookTargetPolicy(['10.0.0.0/33'])).toThrow(/prefix length/);
    expect(() => webhookTargetPolicy(['http://hooks.example'])).toThrow(/not a host name/);
    expect(() => webhookTargetPolicy(['*.example'])).toThrow(/not a host name/);
  });
});
