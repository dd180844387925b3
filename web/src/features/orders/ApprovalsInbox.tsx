import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { approvalRulesQuery, approvalsQuery, ifMatch, invalidateOrders, type ApprovalRules, type Quotation } from './api';
import { DecisionDialog } from './QuotationDetail';
import { QuotationLink } from './QuotationsList';
import { approvalsRoute } from './routes';

export function ApprovalsInbox() {
  return (
    <RequirePermission permission="sales.quotation.approve">
      <Inbox />
    </RequirePermission>
  );
}

/** Quotations waiting for a manager's decision, oldest first, with why they need one. */
function Inbox() {
  const search = approvalsRoute.useSearch();
  const navigate = useNavigate({ from: approvalsRoute.fullPath });
  const list = useQuery(approvalsQuery(search.cursor ? { cursor: search.cursor } : {}));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const [deciding, setDeciding] = useState<{ quotation: Quotation; decision: 'approve' | 'reject' } | null>(null);

  const columns: Column<Quotation>[] = [
    { key: 'number', header: 'Quotation', cell: (q) => <QuotationLink quotation={q} /> },
    { key: 'customer', header: 'Customer', cell: (q) => q.customerName },
    { key: 'date', header: 'Date', cell: (q) => formatDate(q.date) },
    { key: 'total', header: 'Total', numeric: true, cell: (q) => <Money amount={q.totals.total} currency={q.currency} /> },
    {
      key: 'why',
      header: 'Why',
      cell: (q) => (
        <Text size="sm" data-testid="approval-reasons">
          {q.approvalReasons.join('; ')}
        </Text>
      ),
    },
    {
      key: 'decide',
      header: 'Decision',
      cell: (q) => (
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" onClick={() => setDeciding({ quotation: q, decision: 'approve' })} data-testid="approve-quotation">
            Approve
          </Button>
          <Button size="xs" variant="default" onClick={() => setDeciding({ quotation: q, decision: 'reject' })} data-testid="reject-quotation">
            Reject
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="md">
      <PageHeader title="Approvals" subtitle="Quotations that give away more than the approval rules allow wait here for a manager." />
      <ListTable
        caption="Quotations waiting for approval"
        testId="approvals"
        columns={columns}
        rows={list.data?.items}
        rowKey={(q) => q.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={860}
        empty={<EmptyState title="Nothing waiting for approval">Quotations above the discount or total limits appear here when they are submitted or sent.</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
      <RulesForm />
      {deciding && <DecisionDialog quotation={deciding.quotation} decision={deciding.decision} onClose={() => setDeciding(null)} />}
    </Stack>
  );
}

/** The approval rules: a line discount above this percentage, or a total above this amount, needs a manager (empty: off). */
function RulesForm() {
  const rules = useQuery(approvalRulesQuery);
  // Shown across the editor's remount (a new version after saving starts it afresh).
  const [saved, setSaved] = useState(false);
  if (!rules.data) return null;
  return <RulesEditor key={rules.data.version} rules={rules.data} saved={saved} setSaved={setSaved} />;
}

function RulesEditor({ rules, saved, setSaved }: { rules: ApprovalRules; saved: boolean; setSaved: (saved: boolean) => void }) {
  const queryClient = useQueryClient();
  const currency = useBaseCurrency();
  const submit = useSubmit();
  const [discount, setDiscount] = useState(rules.maxDiscountPercent ?? '');
  const [total, setTotal] = useState(rules.maxTotal ?? '');
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void submit.run(async () => {
      unwrap(await api.PUT('/api/v1/sales/approval-rules', { headers: ifMatch(rules.version), body: { maxDiscountPercent: discount.trim() || null, maxTotal: total.trim() || null } }));
      await invalidateOrders(queryClient);
      setSaved(true);
    });
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-labelledby="rules-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="rules-title">
          Approval rules
        </Title>
        <Text size="sm">A quotation needs approval when any line discount or its total is above these limits. Leave a limit empty to turn it off.</Text>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not save the rules">
            {submit.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Largest line discount without approval (%)" inputMode="decimal" value={discount} onChange={(e) => setDiscount(e.currentTarget.value)} error={submit.errors.maxDiscountPercent} data-testid="rule-discount" />
          <MoneyInput label={`Largest total without approval (${currency})`} currency={currency} value={total} onChange={setTotal} error={submit.errors.maxTotal} data-testid="rule-total" />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {saved && (
            <Text size="sm" role="status" data-testid="rules-saved">
              Rules saved.
            </Text>
          )}
          <Button type="submit" variant="default" loading={submit.submitting} data-testid="save-rules">
            Save rules
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
