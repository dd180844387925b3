import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { fetchPdf, invoiceQuery } from './api';
import { creditNoteRoute } from './routes';
import { CustomerName, InvoiceLink } from './shared';

export function CreditNoteDetail() {
  return (
    <RequirePermission permission="sales.invoice.read">
      <Detail />
    </RequirePermission>
  );
}

/** One credit note: the invoice lines it credits, the tax it reverses, what it settled. */
function Detail() {
  const { creditNoteId } = creditNoteRoute.useParams();
  const note = useQuery({ queryKey: ['sales', 'credit-notes', creditNoteId], queryFn: async () => unwrap(await api.GET('/api/v1/credit-notes/{id}', { params: { path: { id: creditNoteId } } })) });
  const invoice = useQuery({ ...invoiceQuery(note.data?.invoiceId ?? ''), enabled: Boolean(note.data) });
  const pdf = useMutation({
    mutationFn: async () => {
      const file = await fetchPdf(`/api/v1/credit-notes/${creditNoteId}/pdf`);
      window.open(file.url, '_blank');
      setTimeout(() => URL.revokeObjectURL(file.url), 60_000);
    },
  });
  if (!note.data) return <QueryState error={note.error} isPending={note.isPending} what="the credit note" />;
  const n = note.data;
  const m = (amount: string) => <Money amount={amount} currency={n.currency} />;
  return (
    <Stack gap="md">
      <PageHeader title={`Credit note ${n.number}`} subtitle={<CustomerName id={n.customerId} link />}>
        <Button variant="default" onClick={() => pdf.mutate()} loading={pdf.isPending}>
          Preview PDF
        </Button>
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Text size="sm">Date: {formatDate(n.date)}</Text>
            <Text size="sm" component="div">
              Invoice: <InvoiceLink invoice={{ id: n.invoiceId, number: invoice.data?.number ?? '…' }} />
            </Text>
            {n.reason && <Text size="sm">Reason: {n.reason}</Text>}
            {n.returnStoreId && <Text size="sm">Goods returned to stock</Text>}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Group justify="space-between"><Text size="sm">Taxable value</Text>{m(n.subtotal)}</Group>
            {n.taxes.map((t) => (
              <Group key={`${t.code}-${t.rate}`} justify="space-between"><Text size="sm">{t.label}</Text>{m(t.amount)}</Group>
            ))}
            <Group justify="space-between"><Text size="sm" fw={700}>Total</Text>{m(n.total)}</Group>
            <Group justify="space-between"><Text size="sm">Applied to the invoice</Text>{m(n.applied)}</Group>
            <Group justify="space-between"><Text size="sm">Left as credit</Text>{m(n.unapplied)}</Group>
          </Stack>
        </Paper>
      </SimpleGrid>
      <Table.ScrollContainer minWidth={640} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label="Credited lines">
        <Table striped verticalSpacing="xs">
          <caption><VisuallyHidden>Credited lines</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Description</Table.Th>
              <Table.Th>HSN/SAC</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Taxable value</Table.Th>
              <Table.Th ta="right">Tax</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {n.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{l.description}</Table.Td>
                <Table.Td>{l.hsn ?? '—'}</Table.Td>
                <Table.Td ta="right">{l.quantity} {l.unit ?? ''}</Table.Td>
                <Table.Td ta="right">{m(l.taxableValue)}</Table.Td>
                <Table.Td ta="right">{m(l.taxAmount)}</Table.Td>
                <Table.Td ta="right">{m(l.lineTotal)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
