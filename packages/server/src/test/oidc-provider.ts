import http from 'node:http';
import Provider, { type ClientMetadata } from 'oidc-provider';
import { freePort } from './free-port';

/** The people the test provider knows, by the login typed into its form. */
export type TestAccounts = Record<string, Record<string, unknown>>;

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export const TEST_CLIENT_SECRET = 'a-test-client-secret-that-is-long-enough-1234';

/**
 * A real OpenID provider (npm `oidc-provider`) on loopback, with its development login and consent
 * forms: any password signs in the account named by the login. Claims other than `sub` reach the client
 * through the UserInfo endpoint (the provider's conformant default), as with many real providers.
 */
export async function startTestProvider(
  redirectUris: string[],
  accounts: TestAccounts,
): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const client: Omit<ClientMetadata, 'client_id'> = {
    client_secret: TEST_CLIENT_SECRET,
    redirect_uris: redirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
  };
  const provider = new Provider(issuer, {
    clients: [
      { ...client, client_id: 'trellis' },
      { ...client, client_id: 'another-app' },
    ],
    async findAccount(_ctx, id) {
      const claims = accounts[id];
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    pkce: { required: () => true },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId: 'trellis',
    clientSecret: TEST_CLIENT_SECRET,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Follows a browser through the provider from its authorization URL: signs in as `login` on its form,
 * accepts its consent form, and returns the redirect back to the relying party (the first location
 * starting with `returnTo`). Cookies are kept per call, so each call is a fresh browser.
 */
export async function driveProvider(authorizationUrl: string, login: string, returnTo: string): Promise<URL> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = new URL(authorizationUrl);
  for (let step = 0; step < 12; step++) {
    if (url.href.startsWith(returnTo)) return url;
    let res = await fetch(url, { redirect: 'manual', headers: { cookie: cookie() } });
    keep(res);
    if (res.status === 200) {
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`The provider showed a page without a form: ${html.slice(0, 300)}`);
      const fields = [...html.matchAll(/<input([^>]*)>/g)].map((m) => [
        /name="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
        /value="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
      ]);
      const body = new URLSearchParams(fields);
      if (body.has('login')) {
        body.set('login', login);
        body.set('password', 'any password');
      }
      res = await fetch(new URL(action, url), {
        method: 'POST',
        redirect: 'manual',
        body,
        headers: { cookie: cookie() },
      });
      keep(res);
    }
    const location = res.headers.get('location');
    if (!location)
      throw new Error(`The provider answered ${res.status} without a redirect: ${await res.text()}`);
    url = new URL(location, url);
  }
  throw new Error('The provider did not send the browser back');
}
