import { Anchor, Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, SearchBox, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { PageHeader } from '../ledger/shared';
import { partiesQuery, PLURAL, REGISTRATION_LABELS, REGISTRATION_TYPES, TITLE, type Party, type PartyKind, type PartyListQuery } from './api';
import { CreditLimitMode } from './CreditLimitMode';
import { customersRoute, vendorsRoute } from './routes';
import { StatusBadge } from './shared';

type Search = ReturnType<typeof customersRoute.useSearch>;

export function CustomersList() {
  const search = customersRoute.useSearch();
  const navigate = useNavigate({ from: customersRoute.fullPath });
  return (
    <RequirePermission permission="parties.customer.read">
      <PartiesList kind="customer" search={search} onSearch={(next) => void navigate({ search: next })} onNew={() => void navigate({ to: '/customers/new' })} />
    </RequirePermission>
  );
}

export function VendorsList() {
  const search = vendorsRoute.useSearch();
  const navigate = useNavigate({ from: vendorsRoute.fullPath });
  return (
    <RequirePermission permission="parties.vendor.read">
      <PartiesList kind="vendor" search={search} onSearch={(next) => void navigate({ search: next })} onNew={() => void navigate({ to: '/vendors/new' })} />
    </RequirePermission>
  );
}

export function PartyLink({ kind, party }: { kind: PartyKind; party: Pick<Party, 'id' | 'displayName'> }) {
  return (
    <Anchor size="sm" data-testid="party-link" renderRoot={(props) => (kind === 'customer' ? <Link {...props} to="/customers/$partyId" params={{ partyId: party.id }} /> : <Link {...props} to="/vendors/$partyId" params={{ partyId: party.id }} />)}>
      {party.displayName}
    </Anchor>
  );
}

/** Customers or vendors: search over name, GSTIN, phone and email; filters and page in the URL. */
function PartiesList({ kind, search, onSearch, onNew }: { kind: PartyKind; search: Search; onSearch: (next: Search) => void; onNew: () => void }) {
  const can = useCan();
  const { cursor, q, status, registrationType, tag, sort } = search;
  const query: PartyListQuery = {
    ...(cursor && { cursor }),
    ...(q && { q }),
    ...(status && { status: status as PartyListQuery['status'] }),
    ...(registrationType && { registrationType: registrationType as PartyListQuery['registrationType'] }),
    ...(tag && { tag }),
    ...(sort && { sort: sort as PartyListQuery['sort'] }),
  };
  const list = useQuery(partiesQuery(kind, query));
  const controls = useListControls(search, onSearch, list.data?.nextCursor);
  const mayCreate = can(`parties.${kind}.create`);
  useShortcut('n', () => mayCreate && onNew(), { description: `New ${kind}` });
  const title = TITLE[kind];

  const columns: Column<Party>[] = [
    { key: 'name', header: 'Name', sortable: true, cell: (p) => <PartyLink kind={kind} party={p} /> },
    { key: 'gstin', header: 'GSTIN', cell: (p) => (p.gstin ? <Text size="sm" ff="monospace">{p.gstin}</Text> : <Text size="sm">{REGISTRATION_LABELS[p.registrationType]}</Text>) },
    { key: 'contact', header: 'Contact', cell: (p) => { const c = p.contacts.find((x) => x.primary) ?? p.contacts[0]; return c ? [c.name, c.phone ?? c.email].filter(Boolean).join(' · ') : ''; } },
    { key: 'tags', header: 'Tags', cell: (p) => <Group gap={4}>{p.tags.map((t) => <Badge key={t} variant="light" size="sm">{t}</Badge>)}</Group> },
    { key: 'status', header: 'Status', cell: (p) => <StatusBadge status={p.status} /> },
    { key: 'createdAt', header: 'Added', sortable: true, cell: (p) => p.createdAt.slice(0, 10) },
  ];
  const filtered = Boolean(q || status || registrationType || tag);
  return (
    <Stack gap="md">
      <PageHeader title={title.many} subtitle={kind === 'customer' ? 'Who you sell to: GST details, contacts, credit and their statement.' : 'Who you buy from: GST details, contacts and their statement.'}>
        {mayCreate && (
          <Button onClick={onNew} data-testid="new-party">
            New {kind}
          </Button>
        )}
      </PageHeader>
      {kind === 'customer' && <CreditLimitMode />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <SearchBox value={q} onSearch={(value) => controls.update({ q: value })} placeholder="Name, GSTIN, phone or email (press /)" />
        <Select
          label="Status"
          data={[{ value: '', label: 'Any status' }, { value: 'active', label: 'Active' }, { value: 'suspended', label: 'Suspended' }, { value: 'archived', label: 'Archived' }]}
          value={status ?? ''}
          onChange={(value) => controls.update({ status: value || undefined })}
          allowDeselect={false}
        />
        <Select
          label="Registration type"
          data={[{ value: '', label: 'Any' }, ...REGISTRATION_TYPES.map((t) => ({ value: t, label: REGISTRATION_LABELS[t] }))]}
          value={registrationType ?? ''}
          onChange={(value) => controls.update({ registrationType: value || undefined })}
          allowDeselect={false}
        />
        <TextInput label="Tag" defaultValue={tag ?? ''} key={tag ?? ''} onBlur={(e) => controls.update({ tag: e.currentTarget.value.trim() || undefined })} onKeyDown={(e) => e.key === 'Enter' && controls.update({ tag: e.currentTarget.value.trim() || undefined })} />
      </SimpleGrid>
      <ListTable
        caption={title.many}
        testId={PLURAL[kind]}
        columns={columns}
        rows={list.data?.items}
        rowKey={(p) => p.id}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={760}
        empty={
          <EmptyState title={filtered ? `No ${PLURAL[kind]} match` : `No ${PLURAL[kind]} yet`} action={!filtered && mayCreate && <Button onClick={onNew}>New {kind}</Button>}>
            {filtered ? 'Change the search or the filters.' : `Add your first ${kind}; press n.`}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
