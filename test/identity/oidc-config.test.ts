import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/modules/identity/oidc-service.js';
import { loadConfig, parseOidcProviders } from '../../src/platform/config.js';

describe('OIDC provider settings (KONTOR_OIDC_<ID>_*)', () => {
  it('configures no provider by default', () => {
    expect(loadConfig({}).oidcProviders).toEqual([]);
  });

  it('knows Google: a client id and secret are enough', () => {
    expect(parseOidcProviders({ KONTOR_OIDC_GOOGLE_CLIENT_ID: 'gid.apps.googleusercontent.com', KONTOR_OIDC_GOOGLE_CLIENT_SECRET: 'gsecret' })).toEqual([
      { id: 'google', name: 'Google', issuer: 'https://accounts.google.com', clientId: 'gid.apps.googleusercontent.com', clientSecret: 'gsecret' },
    ]);
  });

  it('takes any other provider with its issuer, and a display name', () => {
    const providers = parseOidcProviders({
      KONTOR_OIDC_OKTA_ISSUER: 'https://example.okta.com',
      KONTOR_OIDC_OKTA_CLIENT_ID: 'okta-id',
      KONTOR_OIDC_OKTA_CLIENT_SECRET: 'okta-secret',
      KONTOR_OIDC_OKTA_NAME: 'Company login',
      KONTOR_OIDC_KEYCLOAK2_ISSUER: 'https://sso.example.test/realms/main',
      KONTOR_OIDC_KEYCLOAK2_CLIENT_ID: 'kc',
      KONTOR_OIDC_KEYCLOAK2_CLIENT_SECRET: 'kc-secret',
      UNRELATED: 'x',
    });
    expect(providers).toEqual([
      { id: 'okta', name: 'Company login', issuer: 'https://example.okta.com', clientId: 'okta-id', clientSecret: 'okta-secret' },
      { id: 'keycloak2', name: 'keycloak2', issuer: 'https://sso.example.test/realms/main', clientId: 'kc', clientSecret: 'kc-secret' },
    ]);
  });

  it('stops the start-up on a missing or invalid setting, naming it', () => {
    expect(() => parseOidcProviders({ KONTOR_OIDC_OKTA_CLIENT_ID: 'id', KONTOR_OIDC_OKTA_CLIENT_SECRET: 's' })).toThrow(/OKTA.*issuer/);
    expect(() => parseOidcProviders({ KONTOR_OIDC_GOOGLE_CLIENT_ID: 'id' })).toThrow(/GOOGLE.*clientSecret/);
    expect(() =>
      parseOidcProviders({ KONTOR_OIDC_X_ISSUER: 'http://idp.example.test', KONTOR_OIDC_X_CLIENT_ID: 'id', KONTOR_OIDC_X_CLIENT_SECRET: 's' }),
    ).toThrow(/must be an https URL/);
    expect(() => parseOidcProviders({ KONTOR_OIDC_GOOGLE_CLIENT_ID: 'id', KONTOR_OIDC_GOOGLE_CLIENT_SECRET: 's', KONTOR_OIDC_GOOGLE_SCOPE: 'email' })).toThrow(
      /KONTOR_OIDC_GOOGLE_SCOPE: not an OIDC setting/,
    );
    expect(() => parseOidcProviders({ 'KONTOR_OIDC_MY-IDP_CLIENT_ID': 'id' })).toThrow(/not an OIDC setting/);
  });

  it('allows plain http only for a loopback issuer', () => {
    const [local] = parseOidcProviders({ KONTOR_OIDC_DEV_ISSUER: 'http://127.0.0.1:9000', KONTOR_OIDC_DEV_CLIENT_ID: 'id', KONTOR_OIDC_DEV_CLIENT_SECRET: 's' });
    expect(local?.issuer).toBe('http://127.0.0.1:9000');
  });
});

describe('the path to return to after signing in', () => {
  it('keeps paths of this site and turns anything else into /', () => {
    expect(safeReturnPath('/books?year=2026#top')).toBe('/books?year=2026#top');
    expect(safeReturnPath(undefined)).toBe('/');
    for (const unsafe of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'books', '/x\ny', `/${'a'.repeat(600)}`]) {
      expect(safeReturnPath(unsafe)).toBe('/');
    }
  });
});
