import * as client from 'openid-client';
import type { OidcProviderSetting } from '../../platform/config.js';

/** What Kontor takes from a provider about the person signing in. */
export interface OidcIdentity {
  subject: string;
  email: string | null;
  /** Only a literal `true` from the provider counts. */
  emailVerified: boolean;
  name: string | null;
}

/** The per-sign-in secrets generated at the start and checked at the callback. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A provider that could not be reached, or answered something unusable (the reason is for logs only). */
export class OidcExchangeError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'refused' | 'invalid_response',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OidcExchangeError';
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const TIMEOUT_SECONDS = 10;
const SCOPE = 'openid email profile';

function insecureLoopback(issuer: URL): boolean {
  return issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
}

export function newChecks(): OidcChecks {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
}

/**
 * The configured OpenID Connect providers, talked to through openid-client: discovery (cached per
 * provider; a failed discovery is retried on the next sign-in), the authorization URL with PKCE
 * (S256), and the code exchange, which checks state, nonce, issuer, audience and the ID token
 * signature. Plain http is allowed only for loopback issuers (tests, local development).
 */
export class OidcProviders {
  private readonly settings: Map<string, OidcProviderSetting>;
  private readonly discovered = new Map<string, Promise<client.Configuration>>();

  constructor(settings: readonly OidcProviderSetting[]) {
    this.settings = new Map(settings.map((s) => [s.id, s]));
  }

  list(): OidcProviderSetting[] {
    return [...this.settings.values()];
  }

  get(id: string): OidcProviderSetting | undefined {
    return this.settings.get(id);
  }

  async authorizationUrl(provider: OidcProviderSetting, redirectUri: string, checks: OidcChecks): Promise<URL> {
    const config = await this.configuration(provider);
    return client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Trades the authorization response (the full callback URL) for the identity it proves. */
  async exchange(provider: OidcProviderSetting, callbackUrl: URL, checks: OidcChecks): Promise<OidcIdentity> {
    const config = await this.configuration(provider);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      const refused = error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError;
      throw new OidcExchangeError(refused ? 'refused' : 'invalid_response', `code exchange failed: ${(error as Error).message}`, { cause: error });
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcExchangeError('invalid_response', 'no ID token');
    let source: Record<string, unknown> = claims;
    // Some providers put profile claims only in the UserInfo answer (for the same subject).
    if (typeof claims.email !== 'string') {
      try {
        source = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      } catch (error) {
        throw new OidcExchangeError('invalid_response', `userinfo failed: ${(error as Error).message}`, { cause: error });
      }
    }
    const email = typeof source.email === 'string' && source.email.length <= 320 ? source.email.trim() : null;
    const name = typeof source.name === 'string' ? source.name.trim().slice(0, 200) : null;
    return { subject: claims.sub, email: email || null, emailVerified: source.email_verified === true, name: name || null };
  }

  private configuration(provider: OidcProviderSetting): Promise<client.Configuration> {
    let pending = this.discovered.get(provider.id);
    if (!pending) {
      const issuer = new URL(provider.issuer);
      pending = client
        .discovery(issuer, provider.clientId, provider.clientSecret, client.ClientSecretBasic(provider.clientSecret), {
          timeout: TIMEOUT_SECONDS,
          ...(insecureLoopback(issuer) && { execute: [client.allowInsecureRequests] }),
        })
        .catch((error: unknown) => {
          this.discovered.delete(provider.id);
          throw new OidcExchangeError('unavailable', `discovery of ${provider.issuer} failed: ${(error as Error).message}`, { cause: error });
        });
      this.discovered.set(provider.id, pending);
    }
    return pending;
  }
}
