import type { KontorApp } from '../../src/platform/http/types.js';
import type { IdentityApi } from '../../src/modules/identity/index.js';

let counter = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;

export interface SignUpInput {
  email?: string;
  password?: string;
  name?: string;
  tenantName?: string;
  countryCode?: string;
  baseCurrency?: string;
  timezone?: string;
}

export interface SignedUp {
  userId: string;
  tenantId: string;
  email: string;
  password: string;
  token: string;
  headers: Record<string, string>;
}

/** Registers a user through the identity API, creates their tenant over HTTP, and signs them in to it. */
export async function signUp(app: KontorApp, identity: IdentityApi, input: SignUpInput = {}): Promise<SignedUp> {
  const email = input.email ?? `user-${unique()}@example.test`;
  const password = input.password ?? 'correct horse battery staple';
  const { id: userId } = await identity.service.registerUser({ email, name: input.name ?? 'Test User', password });

  const first = await login(app, email, password);
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/tenants',
    headers: { authorization: `Bearer ${first}` },
    payload: {
      name: input.tenantName ?? `Tenant ${unique()}`,
      countryCode: input.countryCode ?? 'IN',
      baseCurrency: input.baseCurrency ?? 'INR',
      timezone: input.timezone ?? 'Asia/Kolkata',
    },
  });
  if (created.statusCode !== 201) throw new Error(`tenant creation failed: ${created.statusCode} ${created.body}`);
  const tenantId = (created.json() as { id: string }).id;
  const token = await login(app, email, password, tenantId);
  return { userId, tenantId, email, password, token, headers: { authorization: `Bearer ${token}` } };
}

export async function login(app: KontorApp, email: string, password: string, tenantId?: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...(tenantId && { tenantId }) },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { accessToken: string }).accessToken;
}
