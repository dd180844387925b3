import { Alert, Anchor, Button, Checkbox, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { StorePicker, useStores } from '../inventory/shared';
import { ifMatch, invalidateOrders, quotationQuery, revisionsQuery, type Quotation } from './api';
import { quotationRoute } from './routes';
import { PdfButton, QuotationStatusBadge, TotalsTable } from './shared';

export function QuotationDetail() {
  return (
    <RequirePermission permission="sales.quotation.read">
      <Detail />
    </RequirePermission>
  );
}

const EDITABLE = new Set(['draft', 'pending_approval', 'approved', 'rejected', 'sent']);

/** The lines of a quotation or order, as priced by the server. */
export function PricedLines({ lines, currency }: { lines: Quotation['lines']; currency: string }) {
  return (
    <Table.ScrollContainer minWidth={720} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label="Quotation lines">
      <Table verticalSpacing="xs" striped data-testid="priced-lines">
        <caption>
          <Text component="span" size="sm" fw={700}>
            Lines
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Description</Table.Th>
            <Table.Th>HSN/SAC</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th ta="right">Unit price</Table.Th>
            <Table.Th ta="right">Discount</Table.Th>
            <Table.Th ta="right">Tax</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.id} data-testid="priced-line">
              <Table.Td>{l.description}</Table.Td>
              <Table.Td>{l.hsn ?? ''}</Table.Td>
              <Table.Td ta="right">
                {l.quantity} {l.unit ?? ''}
              </Table.Td>
              <Table.Td ta="right">
                <Money amount={l.unitPrice} currency={currency} />
              </Table.Td>
              <Table.Td ta="right">{/^0*(\.0*)?$/.test(l.discountPercent) ? '' : `${l.discountPercent}%`}</Table.Td>
              <Table.Td ta="right">
                <Money amount={l.tax} currency={currency} />
                {l.taxRate ? ` (${l.taxRate}%)` : ''}
              </Table.Td>
              <Table.Td ta="right">
                <Money amount={l.amount} currency={currency} testId="line-amount" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Decision = 'approve' | 'reject';

function Detail() {
  const { quotationId } = quotationRoute.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const can = useCan();
  const confirm = useConfirm();
  const query = useQuery(quotationQuery(quotationId));
  const revisions = useQuery(revisionsQuery(quotationId));
  const [decision, setDecision] = useState<Decision | null>(null);
  const [converting, setConverting] = useState(false);

  const act = useMutation({
    mutationFn: async ({ name, q }: { name: 'submit' | 'send' | 'accept' | 'decline'; q: Quotation }) => {
      const opts = { params: { path: { id: q.id } }, headers: ifMatch(q.version), body: {} };
      if (name === 'submit') return unwrap(await api.POST('/api/v1/quotations/{id}/submit', opts));
      if (name === 'send') return unwrap(await api.POST('/api/v1/quotations/{id}/send', opts));
      if (name === 'accept') return unwrap(await api.POST('/api/v1/quotations/{id}/accept', { params: { path: { id: q.id } }, body: {} }));
      return unwrap(await api.POST('/api/v1/quotations/{id}/decline', { params: { path: { id: q.id } }, body: {} }));
    },
    onSettled: () => invalidateOrders(queryClient),
  });

  const q = query.data;
  if (!q) return <QueryState error={query.error} isPending={query.isPending} what="the quotation" />;
  const manage = can('sales.quotation.manage');
  const approver = can('sales.quotation.approve');
  const convertible = ['approved', 'sent', 'accepted'].includes(q.status) && can('sales.order.manage');

  async function onDecline(target: Quotation) {
    if (await confirm({ title: 'Customer declined', message: `Mark ${target.number ?? 'this quotation'} as declined by ${target.customerName}? It can no longer be converted.`, confirmLabel: 'Mark declined', destructive: true })) act.mutate({ name: 'decline', q: target });
  }

  return (
    <Stack gap="md">
      <PageHeader title={`Quotation ${q.number ?? '(draft)'}`} subtitle={`${q.customerName} · revision ${q.revision}`}>
        <QuotationStatusBadge status={q.status} />
        <PdfButton path={`/api/v1/quotations/${q.id}/pdf`} />
        {manage && EDITABLE.has(q.status) && (
          <Button variant="default" data-testid="edit-quotation" onClick={() => void navigate({ to: '/sales/quotations/$quotationId/edit', params: { quotationId: q.id } })}>
            {q.status === 'draft' ? 'Edit' : 'Revise'}
          </Button>
        )}
      </PageHeader>
      {act.error && (
        <Alert color="red" role="alert" title="Could not do that">
          {errorText(act.error)}
        </Alert>
      )}
      {q.approvalRequired && (q.status === 'draft' || q.status === 'pending_approval') && (
        <Alert color="orange" title={q.status === 'draft' ? 'Will need approval' : 'Waiting for approval'} data-testid="approval-reasons">
          {q.approvalReasons.join('; ')}
        </Alert>
      )}
      {q.decision && (q.status === 'rejected' || q.decision.reason) && (
        <Alert color={q.status === 'rejected' ? 'red' : 'teal'} title={q.status === 'rejected' ? 'Rejected' : 'Approved'} data-testid="decision">
          {q.decision.reason ?? ''} {q.decision.at ? `(${formatDate(q.decision.at.slice(0, 10))})` : ''}
        </Alert>
      )}
      <Group gap="xs" wrap="wrap" data-testid="quotation-actions">
        {manage && q.status === 'draft' && (
          <>
            <Button variant="default" onClick={() => act.mutate({ name: 'submit', q })} loading={act.isPending && act.variables.name === 'submit'} data-testid="submit-quotation">
              Submit for approval
            </Button>
            <Button onClick={() => act.mutate({ name: 'send', q })} loading={act.isPending && act.variables.name === 'send'} data-testid="send-quotation">
              Send
            </Button>
          </>
        )}
        {manage && q.status === 'approved' && (
          <Button onClick={() => act.mutate({ name: 'send', q })} loading={act.isPending && act.variables.name === 'send'} data-testid="send-quotation">
            Mark sent
          </Button>
        )}
        {approver && q.status === 'pending_approval' && (
          <>
            <Button onClick={() => setDecision('approve')} data-testid="approve-quotation">
              Approve
            </Button>
            <Button variant="default" onClick={() => setDecision('reject')} data-testid="reject-quotation">
              Reject
            </Button>
          </>
        )}
        {manage && q.status === 'sent' && (
          <>
            <Button variant="default" onClick={() => act.mutate({ name: 'accept', q })} loading={act.isPending && act.variables.name === 'accept'} data-testid="accept-quotation">
              Customer accepted
            </Button>
            <Button variant="default" color="red" onClick={() => void onDecline(q)} data-testid="decline-quotation">
              Customer declined
            </Button>
          </>
        )}
        {convertible && (
          <Button onClick={() => setConverting(true)} data-testid="convert-quotation">
            Convert to order
          </Button>
        )}
        {q.salesOrderId && (
          <Anchor data-testid="order-link" renderRoot={(props) => <Link {...props} to="/sales/orders/$orderId" params={{ orderId: q.salesOrderId ?? '' }} />}>
            Open the sales order
          </Anchor>
        )}
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Field label="Customer" value={q.customerName} />
          <Field label="Date" value={formatDate(q.date)} />
          <Field label="Valid until" value={formatDate(q.validUntil)} />
        </SimpleGrid>
      </Paper>
      <PricedLines lines={q.lines} currency={q.currency} />
      <TotalsTable totals={q.totals} currency={q.currency} />
      {q.terms && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>Terms:</strong> {q.terms}
        </Text>
      )}
      <Stack gap="xs">
        <Title order={2} size="h4">
          Revisions
        </Title>
        {revisions.data && (
          <Table.ScrollContainer minWidth={420} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label="Revisions">
            <Table verticalSpacing={4} data-testid="revisions">
              <caption>
                <Text component="span" size="sm">
                  Every revision, oldest first
                </Text>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Revision</Table.Th>
                  <Table.Th>Saved</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Total</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {revisions.data.map((r) => (
                  <Table.Tr key={r.revision} data-testid="revision">
                    <Table.Td>
                      {r.revision}
                      {r.current ? ' (current)' : ''}
                    </Table.Td>
                    <Table.Td>{formatDate(r.createdAt.slice(0, 10))}</Table.Td>
                    <Table.Td>
                      <QuotationStatusBadge status={r.quotation.status} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money amount={r.quotation.totals.total} currency={r.quotation.currency} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {decision && <DecisionDialog quotation={q} decision={decision} onClose={() => setDecision(null)} />}
      {converting && <ConvertDialog quotation={q} onClose={() => setConverting(false)} />}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** Approve (optional note) or reject (reason required) a quotation waiting for approval. */
export function DecisionDialog({ quotation, decision, onClose }: { quotation: Quotation; decision: Decision; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: async () => {
      const id = quotation.id;
      if (decision === 'approve') return unwrap(await api.POST('/api/v1/quotations/{id}/approve', { params: { path: { id } }, body: reason.trim() ? { reason: reason.trim() } : {} }));
      return unwrap(await api.POST('/api/v1/quotations/{id}/reject', { params: { path: { id } }, body: { reason: reason.trim() } }));
    },
    onSuccess: async () => {
      await invalidateOrders(queryClient);
      onClose();
    },
    onError: (e) => setError(errorText(e)),
  });
  const title = decision === 'approve' ? `Approve ${quotation.number ?? 'quotation'}` : `Reject ${quotation.number ?? 'quotation'}`;
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title={title}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (decision === 'reject' && !reason.trim()) return setError('Give the reason for rejecting.');
          setError(null);
          run.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {quotation.customerName}: {quotation.approvalReasons.join('; ') || 'no rule applies'}.
          </Text>
          {error && (
            <Alert color="red" role="alert" title="Could not decide">
              {error}
            </Alert>
          )}
          <Textarea label={decision === 'approve' ? 'Note (optional)' : 'Reason'} required={decision === 'reject'} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={1000} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={decision === 'approve' ? undefined : 'red'} loading={run.isPending} data-testid="decision-ok">
              {decision === 'approve' ? 'Approve' : 'Reject'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Converts to a sales order: confirmed at once (optional), from a store, optionally holding stock. */
function ConvertDialog({ quotation, onClose }: { quotation: Quotation; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const stores = useStores();
  const [storeId, setStoreId] = useState('');
  const [confirmNow, setConfirmNow] = useState(true);
  const [reserve, setReserve] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const store = storeId || stores.active?.[0]?.id || '';
  const run = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/quotations/{id}/convert', { params: { path: { id: quotation.id } }, body: { confirm: confirmNow, reserveStock: reserve, ...(store && { storeId: store }) } })),
    onSuccess: async (order) => {
      await invalidateOrders(queryClient);
      onClose();
      await navigate({ to: '/sales/orders/$orderId', params: { orderId: order.id } });
    },
    onError: (e) => setError(errorText(e)),
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title="Convert to a sales order">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate();
        }}
      >
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert" title="Could not convert">
              {error}
            </Alert>
          )}
          <StorePicker label="Store the goods leave from" value={store} onChange={setStoreId} allowDeselect={false} />
          <Checkbox label="Confirm the order now (number, credit check)" checked={confirmNow} onChange={(e) => setConfirmNow(e.currentTarget.checked)} data-testid="convert-confirm" />
          <Checkbox label="Reserve the stock" checked={reserve} disabled={!confirmNow} onChange={(e) => setReserve(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={run.isPending} data-testid="convert-ok">
              Create order
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
