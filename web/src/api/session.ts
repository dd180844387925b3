import type { paths } from './schema';

export type Grant = paths['/api/v1/auth/login']['post']['responses'][200]['content']['application/json'];
export type SessionUser = Grant['user'];
export type SessionTenant = NonNullable<Grant['tenant']>;

export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signed-in'; accessToken: string; sessionId: string; user: SessionUser; tenant: SessionTenant | null };

const CSRF_COOKIE = 'kontor_csrf';
/** The web client flow: the refresh token lives in an httpOnly cookie the page cannot read. */
export const CLIENT_HEADERS = { 'x-kontor-client': 'web' } as const;

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Who is signed in. The access token is kept in memory only (never in storage); on a reload the
 * session is restored with the refresh cookie (httpOnly, SameSite=Strict) plus the CSRF echo of
 * the readable `kontor_csrf` cookie. React reads it with useSyncExternalStore (see useSession).
 */
export class SessionStore {
  private state: SessionState = { status: 'signed-out' };
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | undefined;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  accept(grant: Grant): void {
    this.set({ status: 'signed-in', accessToken: grant.accessToken, sessionId: grant.sessionId, user: grant.user, tenant: grant.tenant });
  }

  clear(): void {
    this.set({ status: 'signed-out' });
  }

  /** Trades the refresh cookie for a new access token; one refresh at a time (each token works once). */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<boolean> {
    const csrf = readCookie(CSRF_COOKIE);
    if (!csrf) {
      this.clear();
      return false;
    }
    try {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...CLIENT_HEADERS, 'x-csrf-token': csrf },
      });
      if (!response.ok) {
        this.clear();
        return false;
      }
      this.accept((await response.json()) as Grant);
      return true;
    } catch {
      // Offline: keep what we have; the next request tries again.
      return this.state.status === 'signed-in';
    }
  }

  /** The fetch the API client uses: adds the bearer token, refreshes once on a 401. */
  fetch = async (request: Request): Promise<Response> => {
    const retry = request.clone();
    const send = (req: Request) => {
      for (const [key, value] of Object.entries(CLIENT_HEADERS)) req.headers.set(key, value);
      if (this.state.status === 'signed-in') req.headers.set('authorization', `Bearer ${this.state.accessToken}`);
      return fetch(req);
    };
    const response = await send(request);
    const path = new URL(request.url).pathname;
    if (response.status === 401 && this.state.status === 'signed-in' && !path.startsWith('/api/v1/auth/login')) {
      if (await this.refresh()) return send(retry);
    }
    return response;
  };
}

export const session = new SessionStore();
