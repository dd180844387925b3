import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { session } from '../../api/session';

/** Ends the session on the server (which clears the cookies), then forgets everything locally. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await api.POST('/api/v1/auth/logout', { body: null });
  } finally {
    session.clear();
    queryClient.clear();
  }
}
