/**
 * The invitation token of a link opened before signing in (or creating an account), kept for
 * this tab only (sessionStorage) until the invitation is accepted or dismissed. The token alone
 * joins nobody: accepting needs a signed-in user with the invited email address.
 */
const KEY = 'kontor.invitation';
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

export const pendingInvitation = {
  get(): string | null {
    try {
      const token = sessionStorage.getItem(KEY);
      return token && TOKEN.test(token) ? token : null;
    } catch {
      return null;
    }
  },
  set(token: string): void {
    try {
      if (TOKEN.test(token)) sessionStorage.setItem(KEY, token);
    } catch {
      // Storage disabled: the link still works when opened after signing in.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
  },
};

/** The token in a `#token=…` fragment, or null. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && TOKEN.test(token) ? token : null;
}
