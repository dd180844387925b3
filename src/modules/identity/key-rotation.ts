import type { Database } from '../../platform/db/index.js';
import { TokenService } from './tokens.js';

/** Makes a new access-token signing key current; tokens signed by the old one verify until their grace ends. */
export function rotateSigningKey(db: Database): Promise<string> {
  return new TokenService(db.system).rotateSigningKey();
}
