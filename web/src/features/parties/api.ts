/**
 * Customers and vendors: API calls, query definitions and the registration-type rules as the
 * server applies them (src/modules/parties/domain/party.ts). Keys start with `parties` so a write
 * invalidates every list, detail and statement.
 */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { RegistrationType } from './registration';

export { gstinRequired, REGISTRATION_LABELS, REGISTRATION_RULES, REGISTRATION_TYPES, type RegistrationType } from './registration';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;

export type PartyKind = 'customer' | 'vendor';
export type Party = Json<'/api/v1/customers/{id}', 'get', 200>;
export type PartyWithWarnings = Json<'/api/v1/customers', 'post', 201>;
export type PartyBody = paths['/api/v1/customers']['post']['requestBody']['content']['application/json'];
export type Statement = Json<'/api/v1/customers/{id}/ledger', 'get', 200>;
export type GstinInfo = Json<'/api/v1/tax/gstin/{gstin}', 'get', 200>;
export type Address = NonNullable<Party['billingAddress']>;

export const PLURAL: Record<PartyKind, 'customers' | 'vendors'> = { customer: 'customers', vendor: 'vendors' };
export const TITLE: Record<PartyKind, { one: string; many: string }> = { customer: { one: 'Customer', many: 'Customers' }, vendor: { one: 'Vendor', many: 'Vendors' } };

/** `If-Match` for a resource read at `version` (the server's ETag is `"v<version>"`). */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

export interface PartyListQuery {
  cursor?: string;
  q?: string;
  status?: 'active' | 'suspended' | 'archived';
  registrationType?: RegistrationType;
  tag?: string;
  sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
}

export const partiesQuery = (kind: PartyKind, query: PartyListQuery) =>
  queryOptions({
    queryKey: ['parties', kind, 'list', query],
    queryFn: async () =>
      kind === 'customer'
        ? unwrap(await api.GET('/api/v1/customers', { params: { query: { limit: 50, ...query } } }))
        : unwrap(await api.GET('/api/v1/vendors', { params: { query: { limit: 50, ...query } } })),
  });

export const partyQuery = (kind: PartyKind, id: string) =>
  queryOptions({
    queryKey: ['parties', kind, id],
    queryFn: async () =>
      kind === 'customer'
        ? unwrap(await api.GET('/api/v1/customers/{id}', { params: { path: { id } } }))
        : unwrap(await api.GET('/api/v1/vendors/{id}', { params: { path: { id } } })),
  });

export const statementQuery = (kind: PartyKind, id: string, range: { from?: string; to?: string }) =>
  queryOptions({
    queryKey: ['parties', kind, id, 'statement', range],
    queryFn: async () =>
      kind === 'customer'
        ? unwrap(await api.GET('/api/v1/customers/{id}/ledger', { params: { path: { id }, query: range } }))
        : unwrap(await api.GET('/api/v1/vendors/{id}/ledger', { params: { path: { id }, query: range } })),
  });

export const gstinQuery = (gstin: string) =>
  queryOptions({
    queryKey: ['tax', 'gstin', gstin],
    queryFn: async () => unwrap(await api.GET('/api/v1/tax/gstin/{gstin}', { params: { path: { gstin } } })),
    staleTime: Infinity,
  });

export const partySettingsQuery = queryOptions({
  queryKey: ['parties', 'settings'],
  queryFn: async () => unwrap(await api.GET('/api/v1/parties/settings')),
});

export async function createParty(kind: PartyKind, body: PartyBody): Promise<PartyWithWarnings> {
  return kind === 'customer' ? unwrap(await api.POST('/api/v1/customers', { body })) : unwrap(await api.POST('/api/v1/vendors', { body }));
}

export async function updateParty(kind: PartyKind, party: Party, body: PartyBody): Promise<PartyWithWarnings> {
  const init = { params: { path: { id: party.id } }, headers: ifMatch(party.version), body };
  return kind === 'customer' ? unwrap(await api.PUT('/api/v1/customers/{id}', init)) : unwrap(await api.PUT('/api/v1/vendors/{id}', init));
}

export async function setPartyStatus(party: Party, action: 'suspend' | 'reactivate'): Promise<Party> {
  const init = { params: { path: { id: party.id } }, headers: ifMatch(party.version) };
  return action === 'suspend' ? unwrap(await api.POST('/api/v1/parties/{id}/suspend', init)) : unwrap(await api.POST('/api/v1/parties/{id}/reactivate', init));
}
