import type { Tx } from '../../platform/db/index.js';

export interface OidcLoginStateRow {
  state_hash: Buffer;
  provider: string;
  nonce: string;
  return_to: string;
  created_at: Date;
  expires_at: Date;
}

export interface ExternalIdentityRow {
  provider: string;
  subject: string;
  user_id: string;
  email: string;
  linked_at: Date;
  last_signed_in_at: Date;
}

export async function insertLoginState(tx: Tx, row: OidcLoginStateRow): Promise<void> {
  await tx.insertInto('identity.oidc_login_states').values(row).execute();
}

/** Removes sign-ins nobody came back from. */
export async function pruneLoginStates(tx: Tx, at: Date): Promise<void> {
  await tx.deleteFrom('identity.oidc_login_states').where('expires_at', '<', at).execute();
}

/** Takes (deletes and returns) a started sign-in: whoever deletes it first is the only one to use it. */
export function takeLoginState(tx: Tx, stateHash: Buffer): Promise<OidcLoginStateRow | undefined> {
  return tx
    .deleteFrom('identity.oidc_login_states')
    .where('state_hash', '=', stateHash)
    .returningAll()
    .$castTo<OidcLoginStateRow>()
    .executeTakeFirst();
}

export function findExternalIdentity(tx: Tx, provider: string, subject: string): Promise<ExternalIdentityRow | undefined> {
  return tx
    .selectFrom('identity.external_identities')
    .selectAll()
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .$castTo<ExternalIdentityRow>()
    .executeTakeFirst();
}

export async function insertExternalIdentity(tx: Tx, row: ExternalIdentityRow): Promise<void> {
  await tx.insertInto('identity.external_identities').values(row).execute();
}

export async function touchExternalIdentity(tx: Tx, provider: string, subject: string, at: Date): Promise<void> {
  await tx.updateTable('identity.external_identities').set({ last_signed_in_at: at }).where('provider', '=', provider).where('subject', '=', subject).execute();
}
