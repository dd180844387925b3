import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useConfirm } from '../../lib/confirm';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { GST_STATES } from '../../lib/gstin';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { partyQuery, REGISTRATION_LABELS, REGISTRATION_RULES, setPartyStatus, type Address, type Party, type PartyKind } from './api';
import { customerRoute, vendorRoute } from './routes';
import { StatusBadge } from './shared';
import { Statement } from './Statement';
import { takeWarnings } from './warnings';

export function CustomerDetail() {
  const { partyId } = customerRoute.useParams();
  const search = customerRoute.useSearch();
  const navigate = useNavigate({ from: customerRoute.fullPath });
  return (
    <RequirePermission permission="parties.customer.read">
      <PartyDetail kind="customer" partyId={partyId} from={search.from} to={search.to} onRange={(r) => void navigate({ search: r, replace: true })} onEdit={() => void navigate({ to: '/customers/$partyId/edit', params: { partyId } })} />
    </RequirePermission>
  );
}

export function VendorDetail() {
  const { partyId } = vendorRoute.useParams();
  const search = vendorRoute.useSearch();
  const navigate = useNavigate({ from: vendorRoute.fullPath });
  return (
    <RequirePermission permission="parties.vendor.read">
      <PartyDetail kind="vendor" partyId={partyId} from={search.from} to={search.to} onRange={(r) => void navigate({ search: r, replace: true })} onEdit={() => void navigate({ to: '/vendors/$partyId/edit', params: { partyId } })} />
    </RequirePermission>
  );
}

const stateName = (code: string | null | undefined) => GST_STATES.find((s) => s.code === code)?.name;

function AddressBlock({ title, address }: { title: string; address: Address | null }) {
  return (
    <div>
      <Text size="sm" fw={700}>
        {title}
      </Text>
      {address ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {[address.line1, address.line2, [address.city, address.postalCode].filter(Boolean).join(' '), [stateName(address.stateCode), address.country].filter(Boolean).join(', ')].filter(Boolean).join('\n')}
        </Text>
      ) : (
        <Text size="sm">Not given</Text>
      )}
    </div>
  );
}

interface Props {
  kind: PartyKind;
  partyId: string;
  from?: string | undefined;
  to?: string | undefined;
  onRange: (range: { from?: string | undefined; to?: string | undefined }) => void;
  onEdit: () => void;
}

/** One customer or vendor: GST details, addresses, contacts, terms, and the statement. */
function PartyDetail({ kind, partyId, from, to, onRange, onEdit }: Props) {
  const can = useCan();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const party = useQuery(partyQuery(kind, partyId));
  const [warnings] = useState(() => takeWarnings(partyId));
  const status = useMutation({
    mutationFn: async ({ p, action }: { p: Party; action: 'suspend' | 'reactivate' }) => setPartyStatus(p, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['parties'] }),
  });
  const p = party.data;
  if (!p) return <QueryState error={party.error} isPending={party.isPending} what={kind} />;

  async function onStatus(action: 'suspend' | 'reactivate') {
    if (!p) return;
    const ok = await confirm(
      action === 'suspend'
        ? { title: `Suspend ${p.displayName}?`, message: 'No new invoices, bills or payments can be recorded for them until they are reactivated. Their history stays.', confirmLabel: 'Suspend', destructive: true }
        : { title: `Reactivate ${p.displayName}?`, message: 'They can be used on new documents again.', confirmLabel: 'Reactivate' },
    );
    if (ok) status.mutate({ p, action });
  }

  const primary = p.contacts.find((c) => c.primary) ?? p.contacts[0];
  return (
    <Stack gap="md">
      <PageHeader title={p.displayName} subtitle={p.legalName !== p.displayName ? p.legalName : undefined}>
        <StatusBadge status={p.status} />
        {kind === 'customer' && can('sales.invoice.read') && (
          <Button variant="default" onClick={() => void navigate({ to: '/sales/invoices', search: { customerId: p.id } })} data-testid="customer-invoices">
            Invoices
          </Button>
        )}
        {kind === 'customer' && can('sales.invoice.create') && p.status === 'active' && (
          <Button variant="default" onClick={() => void navigate({ to: '/sales/invoices/new', search: { customerId: p.id } })} data-testid="customer-new-invoice">
            New invoice
          </Button>
        )}
        {kind === 'customer' && can('sales.payment.record') && (
          <Button variant="default" onClick={() => void navigate({ to: '/sales/payments/new', search: { customerId: p.id } })} data-testid="customer-receive-payment">
            Receive payment
          </Button>
        )}
        {can(`parties.${kind}.update`) && p.status !== 'archived' && (
          <Button variant="default" onClick={onEdit} data-testid="edit-party">
            Edit
          </Button>
        )}
        {can(`parties.${kind}.suspend`) && p.status === 'active' && (
          <Button variant="default" color="red" onClick={() => void onStatus('suspend')} data-testid="suspend-party">
            Suspend
          </Button>
        )}
        {can(`parties.${kind}.suspend`) && p.status === 'suspended' && (
          <Button variant="default" onClick={() => void onStatus('reactivate')} data-testid="reactivate-party">
            Reactivate
          </Button>
        )}
      </PageHeader>
      {warnings.length > 0 && (
        <Alert color="yellow" title="Saved, but check for a duplicate" data-testid="party-warnings">
          <Stack gap={4}>
            {warnings.map((w) => (
              <Text key={`${w.partyId}:${w.field}`} size="sm">
                {w.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {status.error && (
        <Alert color="red" role="alert" title="That did not work">
          {status.error.message}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Card withBorder>
          <Stack gap={6}>
            <Title order={2} size="h5">
              GST
            </Title>
            <Text size="sm">{REGISTRATION_LABELS[p.registrationType]}</Text>
            <Text size="sm">{REGISTRATION_RULES[p.registrationType]}</Text>
            {p.gstin && (
              <Text size="sm" ff="monospace" data-testid="party-gstin">
                GSTIN {p.gstin}
              </Text>
            )}
            {p.gstStateCode && <Text size="sm" data-testid="party-state">State: {stateName(p.gstStateCode)} ({p.gstStateCode})</Text>}
            {p.pan && <Text size="sm">PAN {p.pan}</Text>}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap={6}>
            <Title order={2} size="h5">
              Addresses
            </Title>
            <AddressBlock title="Billing" address={p.billingAddress} />
            <AddressBlock title="Shipping" address={p.shippingAddress ?? p.billingAddress} />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap={6}>
            <Title order={2} size="h5">
              Contacts and terms
            </Title>
            {p.contacts.length === 0 && <Text size="sm">No contacts</Text>}
            {p.contacts.map((c, i) => (
              <Text key={i} size="sm">
                {c.name}
                {c === primary && p.contacts.length > 1 ? ' (primary)' : ''}
                {[c.email, c.phone].filter(Boolean).length > 0 ? ` · ${[c.email, c.phone].filter(Boolean).join(' · ')}` : ''}
              </Text>
            ))}
            <Text size="sm">Payment terms: {p.paymentTermsDays === null ? 'not set' : `${p.paymentTermsDays} days`}</Text>
            {kind === 'customer' && (
              <Text size="sm">
                Credit limit: {p.creditLimit === null ? 'none' : <Money amount={p.creditLimit} currency={p.currency} />}
              </Text>
            )}
            {p.openingBalance && (
              <Text size="sm" data-testid="party-opening">
                Opening balance: <Money amount={p.openingBalance.amount} currency={p.currency} /> on {formatDate(p.openingBalance.date)}
              </Text>
            )}
            {p.tags.length > 0 && (
              <Group gap={4}>
                {p.tags.map((t) => (
                  <Badge key={t} variant="light" size="sm">
                    {t}
                  </Badge>
                ))}
              </Group>
            )}
            {p.notes && <Text size="sm">{p.notes}</Text>}
          </Stack>
        </Card>
      </SimpleGrid>
      <Statement kind={kind} partyId={p.id} from={from} to={to} onRange={onRange} />
    </Stack>
  );
}
