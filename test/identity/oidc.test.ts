import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { now } from '../../src/kernel/index.js';
import { totpCode } from '../../src/modules/identity/domain/totp.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';

/**
 * OpenID Connect sign-in end to end: two real `oidc-provider` servers on loopback (one puts the
 * email in the ID token like Google, one only in UserInfo), Kontor listening on a real port, and a
 * browser stand-in that follows redirects and keeps cookies per host and path.
 */

interface IdpAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** The little of oidc-provider's API the test uses (the package ships no types). */
interface ProviderInstance {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
  interactionDetails(req: http.IncomingMessage, res: http.ServerResponse): Promise<{ params: Record<string, unknown> }>;
  interactionFinished(req: http.IncomingMessage, res: http.ServerResponse, result: unknown, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> };
  on(event: 'grant.success', listener: (ctx: { oidc: { params?: Record<string, unknown> } }) => void): void;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

interface Idp {
  issuer: string;
  /** Who signs in at the provider's next login interaction; undefined: the person cancels there. */
  nextAccount: IdpAccount | undefined;
  /** The code_verifier of each successful token request. */
  verifiers: unknown[];
  close(): Promise<void>;
}

const CLIENT_ID = 'kontor-test';
const CLIENT_SECRET = 'kontor-test-secret-that-is-long-enough';

function listen(server: http.Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function freePort(): Promise<number> {
  const probe = http.createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startIdp(redirectUri: string, options: { emailInIdToken: boolean }): Promise<Idp> {
  const { default: Provider } = (await import('oidc-provider' as string)) as { default: ProviderClass };
  const server = http.createServer();
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, IdpAccount>();
  const idp: Idp = {
    issuer,
    nextAccount: undefined,
    verifiers: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: !options.emailInIdToken,
    cookies: { keys: ['oidc-test-cookie-key'] },
    ttl: { AccessToken: 600, AuthorizationCode: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: () => ({ ...account }) };
    },
  });
  provider.on('grant.success', (ctx) => idp.verifiers.push(ctx.oidc.params?.code_verifier));
  const handle = provider.callback();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    // The login and consent screens, answered at once for `nextAccount` (none: the person cancels).
    void (async () => {
      const account = idp.nextAccount;
      if (!account) {
        await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'cancelled at the provider' }, { mergeWithLastSubmission: false });
        return;
      }
      accounts.set(account.sub, account);
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: account.sub, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: account.sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return idp;
}

interface StoredCookie {
  value: string;
  path: string;
  httpOnly: boolean;
  sameSite: string | undefined;
}

/** A browser stand-in: cookies per origin and path, redirects followed by hand. */
class Browser {
  readonly jar = new Map<string, Map<string, StoredCookie>>();

  async get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; location: string | undefined; body: string }> {
    return this.request('GET', url, headers);
  }

  async request(method: string, url: string, headers: Record<string, string> = {}, body?: string) {
    const target = new URL(url);
    const cookie = [...(this.jar.get(target.origin) ?? new Map<string, StoredCookie>())]
      .filter(([, c]) => target.pathname === c.path || target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
    const response = await fetch(target, { method, redirect: 'manual', headers: { ...headers, ...(cookie && { cookie }) }, ...(body !== undefined && { body }) });
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    const location = response.headers.get('location');
    return { status: response.status, location: location === null ? undefined : new URL(location, target).toString(), body: await response.text() };
  }

  cookie(origin: string, name: string): StoredCookie | undefined {
    return this.jar.get(origin)?.get(name);
  }

  private store(target: URL, line: string) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attr = new Map(attributes.map((a) => [a.split('=')[0]!.toLowerCase(), a.includes('=') ? a.slice(a.indexOf('=') + 1) : '']));
    const cookies = this.jar.get(target.origin) ?? new Map<string, StoredCookie>();
    this.jar.set(target.origin, cookies);
    const expires = attr.get('expires');
    if (attr.get('max-age') === '0' || (expires && new Date(expires).getTime() < Date.now())) {
      cookies.delete(name);
      return;
    }
    cookies.set(name, { value, path: attr.get('path') ?? '/', httpOnly: attr.has('httponly'), sameSite: attr.get('samesite') });
  }
}

let t: TestApp;
let kontor: string;
let googleLike: Idp;
let userinfoOnly: Idp;
let counter = 0;

function uniqueAccount(overrides: Partial<IdpAccount> = {}): IdpAccount {
  counter += 1;
  const label = `oidc-${process.pid}-${Date.now().toString(36)}-${counter}`;
  return { sub: `sub-${label}`, email: `${label}@example.test`, email_verified: true, name: `Person ${counter}`, ...overrides };
}

/** Start at Kontor, pass the provider's login, and stop at the redirect back to Kontor's callback. */
async function toCallback(browser: Browser, providerId: string, idp: Idp, account: IdpAccount | undefined, redirect = '/books') {
  idp.nextAccount = account;
  const start = await browser.get(`${kontor}/api/v1/auth/oidc/${providerId}/start?redirect=${encodeURIComponent(redirect)}`);
  expect(start.status).toBe(302);
  const authorizationUrl = new URL(start.location!);
  let next = start.location!;
  for (let hops = 0; hops < 10 && !next.startsWith(kontor); hops += 1) {
    const answer = await browser.get(next);
    expect([302, 303], `${next} answered ${answer.status}: ${answer.body.slice(0, 300)}`).toContain(answer.status);
    next = answer.location!;
  }
  expect(next.startsWith(`${kontor}/api/v1/auth/oidc/${providerId}/callback?`)).toBe(true);
  return { callbackUrl: next, authorizationUrl };
}

async function signIn(browser: Browser, providerId: string, idp: Idp, account: IdpAccount, redirect?: string) {
  const { callbackUrl, authorizationUrl } = await toCallback(browser, providerId, idp, account, redirect);
  const callback = await browser.get(callbackUrl);
  return { callback, callbackUrl, authorizationUrl };
}

/** What the web app does on load: trade the refresh cookie (with the CSRF echo) for an access token. */
async function accessTokenOf(browser: Browser): Promise<string> {
  const csrf = browser.cookie(kontor, 'kontor_csrf');
  expect(csrf).toBeDefined();
  const refreshed = await browser.request('POST', `${kontor}/api/v1/auth/refresh`, { 'content-type': 'application/json', 'x-kontor-client': 'web', 'x-csrf-token': csrf!.value }, '{}');
  expect(refreshed.status, refreshed.body).toBe(200);
  return (JSON.parse(refreshed.body) as { accessToken: string }).accessToken;
}

async function profileOf(browser: Browser) {
  const response = await fetch(`${kontor}/api/v1/auth/profile`, { headers: { authorization: `Bearer ${await accessTokenOf(browser)}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as { id: string; email: string; emailVerified: boolean; currentTenantId: string | null };
}

function problemOf(location: string | undefined) {
  const url = new URL(location!);
  return { path: url.pathname, code: url.searchParams.get('oidcError'), notice: url.searchParams.get('notice') };
}

async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await adminQuery(t.testDb.ownerUrl, text, values)).rows as T[];
}

const linksOf = (subject: string) => sql<{ user_id: string; provider: string; email: string }>('select * from identity.external_identities where subject = $1', [subject]);
const userCount = async () => Number((await sql<{ n: string }>('select count(*) as n from identity.users'))[0]!.n);

beforeAll(async () => {
  const port = await freePort();
  kontor = `http://127.0.0.1:${port}`;
  googleLike = await startIdp(`${kontor}/api/v1/auth/oidc/testidp/callback`, { emailInIdToken: true });
  userinfoOnly = await startIdp(`${kontor}/api/v1/auth/oidc/infoidp/callback`, { emailInIdToken: false });
  const setting = (id: string, name: string, idp: Idp) => ({ id, name, issuer: idp.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  t = await createTestApp({
    config: { publicUrl: kontor, oidcProviders: [setting('testidp', 'Test IdP', googleLike), setting('infoidp', 'Info IdP', userinfoOnly)] },
  });
  await t.app.listen({ port, host: '127.0.0.1' });
});

afterAll(async () => {
  await t?.close();
  await googleLike?.close();
  await userinfoOnly?.close();
});

describe('OIDC provider list', () => {
  it('lists the configured providers with their start URLs', async () => {
    const response = await fetch(`${kontor}/api/v1/auth/oidc/providers`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      items: [
        { id: 'testidp', name: 'Test IdP', startUrl: '/api/v1/auth/oidc/testidp/start' },
        { id: 'infoidp', name: 'Info IdP', startUrl: '/api/v1/auth/oidc/infoidp/start' },
      ],
    });
  });

  it('sends an unknown provider back to the sign-in page', async () => {
    const response = await new Browser().get(`${kontor}/api/v1/auth/oidc/nosuch/start`);
    expect(response.status).toBe(302);
    expect(response.body).toBe('');
    expect(problemOf(response.location)).toMatchObject({ path: '/sign-in', code: 'AUTH.OIDC_PROVIDER_NOT_FOUND' });
  });
});

describe('OIDC sign-in', () => {
  it('creates a verified account for a new verified email, signs in with web cookies, and signs the same person in again by the link', async () => {
    const browser = new Browser();
    const account = uniqueAccount();
    const { callback } = await signIn(browser, 'testidp', googleLike, account, '/books?year=2026');
    expect(callback.status).toBe(302);
    expect(callback.location).toBe(`${kontor}/books?year=2026`);
    expect(browser.cookie(kontor, 'kontor_refresh')).toMatchObject({ httpOnly: true, path: '/api/v1/auth', sameSite: 'Strict' });
    expect(browser.cookie(kontor, 'kontor_oidc_state')).toBeUndefined();

    const profile = await profileOf(browser);
    expect(profile).toMatchObject({ email: account.email, emailVerified: true, currentTenantId: null });
    expect(await linksOf(account.sub)).toEqual([expect.objectContaining({ user_id: profile.id, provider: 'testidp', email: account.email })]);
    const events = await sql<{ type: string; detail: Record<string, unknown> }>('select type, detail from identity.security_events where user_id = $1 order by occurred_at', [profile.id]);
    expect(events).toEqual([
      { type: 'auth.registered', detail: { method: 'oidc', provider: 'testidp' } },
      { type: 'auth.signed_in', detail: { method: 'oidc', provider: 'testidp' } },
    ]);

    // Signing in again — even after the provider's email changed — finds the account by its link.
    const users = await userCount();
    const again = new Browser();
    const second = await signIn(again, 'testidp', googleLike, { ...account, email: `changed-${account.email}` }, '/');
    expect(second.callback.location).toBe(`${kontor}/`);
    expect((await profileOf(again)).id).toBe(profile.id);
    expect(await userCount()).toBe(users);
  });

  it('reads the email from UserInfo when the ID token does not carry it', async () => {
    const browser = new Browser();
    const account = uniqueAccount();
    const { callback } = await signIn(browser, 'infoidp', userinfoOnly, account);
    expect(callback.location).toBe(`${kontor}/books`);
    expect(await profileOf(browser)).toMatchObject({ email: account.email, emailVerified: true });
  });

  it('links an existing verified account by the verified email and signs in to its tenant, audited there', async () => {
    const owner = await t.signUp();
    await sql('update identity.users set email_verified_at = now() where id = $1', [owner.userId]);
    const browser = new Browser();
    const account = uniqueAccount({ email: owner.email.toUpperCase() });
    const { callback } = await signIn(browser, 'testidp', googleLike, account);
    expect(callback.status).toBe(302);
    expect(problemOf(callback.location).code).toBeNull();

    expect(await profileOf(browser)).toMatchObject({ id: owner.userId, currentTenantId: owner.tenantId });
    expect(await linksOf(account.sub)).toEqual([expect.objectContaining({ user_id: owner.userId })]);
    const audit = await sql<{ action: string; after: Record<string, unknown> }>(
      "select action, after from platform.audit_log where tenant_id = $1 and entity_id = $2 and action in ('user.identity_linked', 'user.signed_in') order by seq",
      [owner.tenantId, owner.userId],
    );
    expect(audit.map((a) => a.action)).toContain('user.identity_linked');
    expect(audit.at(-1)).toMatchObject({ action: 'user.signed_in', after: { method: 'oidc', provider: 'testidp' } });
    // The password still works: the account had proved its address already.
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: owner.email, password: owner.password } });
    expect(login.statusCode).toBe(200);
  });

  it('asks an account with two-factor on for its code after the provider: no session until the code step', async () => {
    const owner = await t.signUp();
    await sql('update identity.users set email_verified_at = now() where id = $1', [owner.userId]);
    const setup = await t.app.inject({ method: 'POST', url: '/api/v1/auth/2fa/setup', headers: owner.headers, payload: { password: owner.password } });
    const { secret } = setup.json() as { secret: string };
    const enabled = await t.app.inject({ method: 'POST', url: '/api/v1/auth/2fa/enable', headers: owner.headers, payload: { code: totpCode(secret, now()) } });
    expect(enabled.statusCode).toBe(200);

    const browser = new Browser();
    const { callback } = await signIn(browser, 'testidp', googleLike, uniqueAccount({ email: owner.email }), '/books');
    expect(callback.status).toBe(302);
    const location = new URL(callback.location!);
    expect(location.pathname).toBe('/sign-in');
    expect(location.search).toBe('');
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('redirect')).toBe('/books');
    expect(browser.cookie(kontor, 'kontor_refresh')).toBeUndefined();

    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login/2fa', payload: { challenge: fragment.get('mfa'), code: '000000' } });
    expect(wrong.statusCode).toBeGreaterThanOrEqual(400);
    const passed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/2fa',
      payload: { challenge: fragment.get('mfa'), code: totpCode(secret, new Date(now().getTime() + 30_000)) },
    });
    expect(passed.statusCode).toBe(200);
    expect(passed.json()).toMatchObject({ user: { id: owner.userId }, tenant: { id: owner.tenantId } });
  });

  it('takes an unverified account over only by clearing its password and ending its sessions', async () => {
    const owner = await t.signUp(); // its address was never verified
    const before = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: owner.email, password: owner.password } });
    const oldRefresh = (before.json() as { refreshToken: string }).refreshToken;
    const browser = new Browser();
    const { callback } = await signIn(browser, 'testidp', googleLike, uniqueAccount({ email: owner.email }));
    expect(problemOf(callback.location).code).toBeNull();
    expect(await profileOf(browser)).toMatchObject({ id: owner.userId, emailVerified: true });

    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: owner.email, password: owner.password } });
    expect(login.statusCode).toBe(401);
    const refresh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: oldRefresh } });
    expect(refresh.statusCode).toBe(401);
  });

  it('refuses an email the provider has not verified: no account, no link, no session', async () => {
    const owner = await t.signUp();
    await sql('update identity.users set email_verified_at = now() where id = $1', [owner.userId]);
    for (const account of [uniqueAccount({ email: owner.email, email_verified: false }), uniqueAccount({ email_verified: false })]) {
      const users = await userCount();
      const browser = new Browser();
      const { callback } = await signIn(browser, 'testidp', googleLike, account);
      expect(callback.status).toBe(302);
      const problem = problemOf(callback.location);
      expect(problem).toMatchObject({ path: '/sign-in', code: 'AUTH.OIDC_EMAIL_UNVERIFIED' });
      expect(problem.notice).toMatch(/not verified/);
      expect(browser.cookie(kontor, 'kontor_refresh')).toBeUndefined();
      expect(await linksOf(account.sub)).toEqual([]);
      expect(await userCount()).toBe(users);
    }
  });

  it('sends someone who cancels at the provider back to the sign-in page, signed out', async () => {
    const browser = new Browser();
    const users = await userCount();
    const { callbackUrl } = await toCallback(browser, 'testidp', googleLike, undefined);
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    const response = await browser.get(callbackUrl);
    expect(problemOf(response.location)).toMatchObject({ path: '/sign-in', code: 'AUTH.OIDC_FAILED' });
    expect(browser.cookie(kontor, 'kontor_refresh')).toBeUndefined();
    expect(await userCount()).toBe(users);
  });

  it('refuses a sign-in when the provider shares no email address', async () => {
    const browser = new Browser();
    const account = uniqueAccount();
    delete account.email;
    delete account.email_verified;
    const { callback } = await signIn(browser, 'testidp', googleLike, account);
    expect(problemOf(callback.location).code).toBe('AUTH.OIDC_EMAIL_MISSING');
    expect(await linksOf(account.sub)).toEqual([]);
  });
});

describe('OIDC state and PKCE', () => {
  it('keeps the state and the PKCE verifier in an httpOnly SameSite=Lax cookie scoped to the OIDC routes; the server keeps only the state hash', async () => {
    const browser = new Browser();
    const start = await browser.get(`${kontor}/api/v1/auth/oidc/testidp/start`);
    const authorizationUrl = new URL(start.location!);
    const state = authorizationUrl.searchParams.get('state')!;
    const cookie = browser.cookie(kontor, 'kontor_oidc_state')!;
    expect(cookie).toMatchObject({ path: '/api/v1/auth/oidc', httpOnly: true, sameSite: 'Lax' });
    const [cookieState, verifier] = cookie.value.split('.');
    expect(cookieState).toBe(state);
    const rows = await sql('select * from identity.oidc_login_states where state_hash = $1', [createHash('sha256').update(state).digest()]);
    expect(rows).toEqual([expect.objectContaining({ provider: 'testidp', nonce: authorizationUrl.searchParams.get('nonce'), return_to: '/' })]);
    expect(JSON.stringify(rows)).not.toContain(verifier);
    expect(JSON.stringify(rows)).not.toContain(state);
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    const attacker = new Browser();
    const { callbackUrl } = await toCallback(attacker, 'testidp', googleLike, uniqueAccount());
    const victim = new Browser();
    const response = await victim.get(callbackUrl);
    expect(problemOf(response.location).code).toBe('AUTH.OIDC_STATE_INVALID');
    expect(victim.cookie(kontor, 'kontor_refresh')).toBeUndefined();
    // The attacker's own browser gets nowhere with a tampered state either.
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', 'x'.repeat(43));
    expect(problemOf((await attacker.get(tampered.toString())).location).code).toBe('AUTH.OIDC_STATE_INVALID');
  });

  it('uses each started sign-in once: a replayed callback is refused', async () => {
    const browser = new Browser();
    const account = uniqueAccount();
    const { callbackUrl } = await toCallback(browser, 'testidp', googleLike, account);
    const stateCookie = browser.cookie(kontor, 'kontor_oidc_state')!;
    expect((await browser.get(callbackUrl)).location).toBe(`${kontor}/books`);

    const replay = new Browser();
    replay.jar.set(kontor, new Map([['kontor_oidc_state', stateCookie]]));
    const response = await replay.get(callbackUrl);
    expect(problemOf(response.location).code).toBe('AUTH.OIDC_STATE_INVALID');
    expect(replay.cookie(kontor, 'kontor_refresh')).toBeUndefined();
  });

  it('refuses a sign-in started more than ten minutes ago', async () => {
    const browser = new Browser();
    const { callbackUrl } = await toCallback(browser, 'testidp', googleLike, uniqueAccount());
    const state = new URL(callbackUrl).searchParams.get('state')!;
    await sql("update identity.oidc_login_states set expires_at = now() - interval '1 second' where state_hash = $1", [createHash('sha256').update(state).digest()]);
    expect(problemOf((await browser.get(callbackUrl)).location).code).toBe('AUTH.OIDC_STATE_INVALID');
  });

  it('sends an S256 PKCE challenge and the matching verifier, which the provider requires', async () => {
    const browser = new Browser();
    const { authorizationUrl } = await toCallback(browser, 'testidp', googleLike, uniqueAccount());
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    const verifier = browser.cookie(kontor, 'kontor_oidc_state')!.value.split('.')[1]!;
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(authorizationUrl.searchParams.get('code_challenge'));

    // Without a challenge the provider refuses to start at all.
    const bare = new URL(authorizationUrl);
    bare.searchParams.delete('code_challenge');
    bare.searchParams.delete('code_challenge_method');
    const refused = await new Browser().get(bare.toString());
    expect(refused.location ?? '').toMatch(/error=invalid_request/);
  });

  it('fails the code exchange when the verifier does not match the challenge', async () => {
    const browser = new Browser();
    const account = uniqueAccount();
    const { callbackUrl } = await toCallback(browser, 'testidp', googleLike, account);
    const cookie = browser.cookie(kontor, 'kontor_oidc_state')!;
    cookie.value = `${cookie.value.split('.')[0]!}.${'w'.repeat(43)}`;
    const verifiers = googleLike.verifiers.length;
    const response = await browser.get(callbackUrl);
    expect(problemOf(response.location).code).toBe('AUTH.OIDC_FAILED');
    expect(googleLike.verifiers.length).toBe(verifiers); // no token was issued
    expect(await linksOf(account.sub)).toEqual([]);

    const good = await signIn(new Browser(), 'testidp', googleLike, uniqueAccount());
    expect(good.callback.location).toBe(`${kontor}/books`);
    expect(googleLike.verifiers.at(-1)).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]{43}$/));
  });

  it('returns only to paths of this site', async () => {
    for (const redirect of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const browser = new Browser();
      const { callback } = await signIn(browser, 'testidp', googleLike, uniqueAccount(), redirect);
      expect(callback.location).toBe(`${kontor}/`);
    }
  });
});
