import { ActionIcon, Alert, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { compareDecimals, sumAmounts } from '../../lib/list/decimal';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { GST_RATES } from '../catalog/api';
import { today } from '../ledger/dates';
import { AccountPicker, Money, PageHeader, useAccounts, useBaseCurrency } from '../ledger/shared';
import { tdsSectionsQuery } from '../tax/api';
import { billQuery, ifMatch, invalidatePurchases, orderQuery, receiptsQuery, type Bill, type BillBody, type Order, type Receipt } from './api';
import { lineAmount, useEstimate, type EstimateLine } from './estimate';
import { editBillRoute, newBillRoute } from './routes';
import { OrderLink, TotalsTable, useVendor, VendorName, VendorPicker } from './shared';

export function NewBill() {
  const { orderId } = newBillRoute.useSearch();
  const order = useQuery({ ...orderQuery(orderId ?? ''), enabled: Boolean(orderId) });
  return (
    <RequirePermission permission="purchases.bill.manage">
      {!orderId ? <BillForm /> : order.data ? <BillForm order={order.data} /> : <QueryState error={order.error} isPending={order.isPending} what="the purchase order" />}
    </RequirePermission>
  );
}

export function EditBill() {
  const { billId } = editBillRoute.useParams();
  const bill = useQuery(billQuery(billId));
  return (
    <RequirePermission permission="purchases.bill.manage">
      {bill.data ? <BillForm bill={bill.data} /> : <QueryState error={bill.error} isPending={bill.isPending} what="the bill" />}
    </RequirePermission>
  );
}

interface ExpenseLine {
  key: number;
  description: string;
  accountId: string;
  gstRate: string;
  quantity: string;
  unitPrice: string;
}
let nextKey = 1;
const blankExpense = (): ExpenseLine => ({ key: nextKey++, description: '', accountId: '', gstRate: '', quantity: '1', unitPrice: '' });
const isZero = (s: string) => /^-?0*(\.0+)?$/.test(s);

/** A line billed from a purchase order: received goods (a receipt line) or a non-stock order line. */
interface SourceLine {
  id: string;
  kind: 'receipt' | 'order';
  receiptId?: string;
  description: string;
  quantity: string;
  unitPrice: string;
  hsn: string | null;
  gstRate: string | null;
}

/** What is still unbilled on the order's receipts (per receipt line) and its non-stock lines. */
function sourceLines(order: Order, receipts: readonly Receipt[]): SourceLine[] {
  const byLine = new Map(order.lines.map((l) => [l.id, l]));
  const out: SourceLine[] = [];
  for (const r of receipts) {
    for (const rl of r.lines) {
      const left = new Decimal(rl.quantity).minus(rl.billedQuantity);
      const ol = byLine.get(rl.orderLineId);
      if (left.gt(0)) out.push({ id: rl.id, kind: 'receipt', receiptId: r.id, description: `${ol?.description ?? '…'} (${r.number})`, quantity: left.toString(), unitPrice: rl.unitPrice, hsn: ol?.hsn ?? null, gstRate: ol?.gstRate ?? null });
    }
  }
  for (const ol of order.lines) {
    if (ol.stocked) continue;
    const left = new Decimal(ol.quantity).minus(ol.billedQuantity);
    if (left.gt(0)) out.push({ id: ol.id, kind: 'order', description: ol.description, quantity: left.toString(), unitPrice: ol.unitPrice, hsn: ol.hsn, gstRate: ol.gstRate });
  }
  return out;
}

/**
 * A vendor bill: from a purchase order (what was received and not yet billed, and non-stock
 * lines), or an expense bill (lines with an expense account, no stock) — or both. GST and TDS are
 * estimated as you type; the draft carries the tax engine's GST, and posting deducts the TDS.
 */
function BillForm({ order, bill }: { order?: Order; bill?: Bill }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const baseCurrency = useBaseCurrency();
  const accounts = useAccounts();
  const submit = useSubmit();
  const orderId = order?.id ?? bill?.orderId ?? undefined;
  const [vendorId, setVendorId] = useState(order?.vendorId ?? bill?.vendorId ?? '');
  const [vendorBillNumber, setVendorBillNumber] = useState(bill?.vendorBillNumber ?? '');
  const [vendorBillDate, setVendorBillDate] = useState(bill?.vendorBillDate ?? today());
  const [dueDate, setDueDate] = useState(bill?.dueDate ?? '');
  const [notes, setNotes] = useState(bill?.notes ?? '');
  const [tdsOn, setTdsOn] = useState(Boolean(bill?.tds));
  const [tdsSection, setTdsSection] = useState<string | null>(bill?.tds?.section ?? null);
  const [tdsRateKey, setTdsRateKey] = useState<string | null>(bill?.tds?.rateKey ?? null);
  const [expenses, setExpenses] = useState<ExpenseLine[]>(() => {
    const existing = (bill?.lines ?? []).filter((l) => l.kind === 'expense');
    if (existing.length > 0) return existing.map((l) => ({ key: nextKey++, description: l.description, accountId: l.accountId ?? '', gstRate: isZero(l.gstRate) && !l.hsn ? '' : l.gstRate.replace(/\.0+$/, ''), quantity: l.quantity, unitPrice: l.unitPrice }));
    return order || bill ? [] : [blankExpense()];
  });
  const receipts = useQuery({ ...receiptsQuery({ orderId: order?.id ?? '' }), enabled: Boolean(order) });
  const sources = useMemo(() => (order && receipts.data ? sourceLines(order, receipts.data.items) : []), [order, receipts.data]);
  const [unselected, setUnselected] = useState<ReadonlySet<string>>(new Set());
  const chosen = sources.filter((s) => !unselected.has(s.id));
  /** Lines of an edited draft that came from receipts or the order: kept as they are. */
  const kept = (bill?.lines ?? []).filter((l) => l.kind !== 'expense');
  const vendor = useVendor(vendorId);
  const currency = bill?.currency ?? order?.currency ?? vendor.data?.currency ?? baseCurrency;
  const sections = useQuery({ ...tdsSectionsQuery(vendorBillDate), enabled: /^\d{4}-\d{2}-\d{2}$/.test(vendorBillDate) });
  const tdsSections = (sections.data?.items ?? []).filter((s) => s.kind === 'tds');
  const section = tdsSections.find((s) => s.section === tdsSection);

  const expenseAmounts = expenses.map((l) => lineAmount(l.quantity, l.unitPrice, currency));
  const estimateLines: EstimateLine[] = [
    ...chosen.map((s) => ({ amount: lineAmount(s.quantity, s.unitPrice, currency), hsn: s.hsn, kind: 'goods' as const, gstRate: s.gstRate })),
    ...kept.map((l) => ({ amount: l.taxableValue, hsn: l.hsn, kind: 'goods' as const, gstRate: isZero(l.gstRate) && !l.hsn ? null : l.gstRate })),
    ...expenses.map((l, i) => ({ amount: expenseAmounts[i] ?? null, hsn: null, kind: 'service' as const, gstRate: l.gstRate || null })),
  ];
  const estimate = useEstimate(estimateLines, vendor.data, currency, vendorBillDate);
  const tdsBody = tdsOn && tdsSection && currency === baseCurrency ? { section: tdsSection, date: vendorBillDate, amount: estimate.subtotal, pan: vendor.data?.pan ?? null, ...(tdsRateKey && { rateKey: tdsRateKey }) } : null;
  const tds = useQuery({
    queryKey: ['purchases', 'tds-estimate', tdsBody],
    queryFn: async () => unwrap(await api.POST('/api/v1/tax/tds/compute', { body: tdsBody! })),
    enabled: tdsBody !== null && compareDecimals(estimate.subtotal, '0') > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const tdsAmount = tdsBody && tds.data && !tds.error ? tds.data.deduction : null;
  const payable = estimate.total !== null && tdsAmount !== null ? sumAmounts([estimate.total, `-${tdsAmount}`], currency) : null;

  const updateExpense = (key: number, patch: Partial<ExpenseLine>) => setExpenses((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const sourceBody = chosen.filter((s) => s.kind === 'order').map((s) => ({ orderLineId: s.id, quantity: s.quantity }));
  const receiptIds = [...new Set(chosen.filter((s) => s.kind === 'receipt').map((s) => s.receiptId!))];
  /** Receipt lines of a receipt that is only partly chosen go by line, the rest by receipt. */
  const partlyChosen = new Set(sources.filter((s) => s.kind === 'receipt' && unselected.has(s.id)).map((s) => s.receiptId!));
  const receiptLineBody = chosen.filter((s) => s.kind === 'receipt' && partlyChosen.has(s.receiptId!)).map((s) => ({ receiptLineId: s.id, quantity: s.quantity }));
  const wholeReceipts = receiptIds.filter((id) => !partlyChosen.has(id));
  const keptBody = kept.map((l) => (l.kind === 'receipt' ? { receiptLineId: l.receiptLineId!, quantity: l.quantity } : { orderLineId: l.orderLineId!, quantity: l.quantity }));
  const offset = sourceBody.length + receiptLineBody.length + keptBody.length;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const body: BillBody = {
        vendorId,
        vendorBillNumber: vendorBillNumber.trim(),
        vendorBillDate,
        ...(dueDate && { dueDate }),
        ...(orderId && { orderId }),
        ...(wholeReceipts.length > 0 && { goodsReceiptIds: wholeReceipts }),
        tds: tdsOn ? { section: tdsSection ?? '', ...(tdsRateKey && { rateKey: tdsRateKey }) } : null,
        notes: notes.trim() || null,
        lines: [
          ...sourceBody,
          ...receiptLineBody,
          ...keptBody,
          ...expenses.map((l) => ({ description: l.description.trim(), ...(l.accountId && { accountId: l.accountId }), quantity: l.quantity.trim(), unitPrice: l.unitPrice.trim(), ...(l.gstRate && { gstRate: l.gstRate }) })),
        ],
      };
      const saved = bill
        ? unwrap(await api.PUT('/api/v1/bills/{id}', { params: { path: { id: bill.id } }, headers: ifMatch(bill.version), body }))
        : unwrap(await api.POST('/api/v1/bills', { body }));
      await invalidatePurchases(queryClient);
      await navigate({ to: '/purchases/bills/$billId', params: { billId: saved.id } });
    });
  }

  const errors = submit.errors;
  const err = (i: number, field: string) => errors[`lines[${offset + i}].${field}`];
  const shown = /^(vendorId|vendorBillNumber|vendorBillDate|dueDate|notes|tds(\.section)?)$/;
  const other = Object.entries(errors).filter(([k]) => !shown.test(k) && !(k.startsWith('lines[') && Number(/^lines\[(\d+)\]/.exec(k)?.[1] ?? -1) >= offset));
  const message = submit.message ?? (other.length > 0 ? other.map(([, v]) => v).join(' ') : null);
  const title = bill ? `Edit bill ${bill.number}` : order ? `Bill for ${order.number}` : 'New expense bill';
  const accountOnly = useMemo(() => (a: { isGroup: boolean; status: string; type: string }) => !a.isGroup && a.status === 'active' && (a.type === 'expense' || a.type === 'asset'), []);
  return (
    <Stack gap="md">
      <PageHeader title={title} subtitle={order || orderId ? 'Goods received and not yet billed; GST from the tax engine, TDS deducted when posted.' : 'Services and expenses without stock: each line debits its account.'} />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Bill">
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not save the bill" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            {orderId ? (
              <div>
                <Text size="sm" fw={500}>
                  Vendor
                </Text>
                <VendorName id={vendorId} />
                {order && (
                  <Text size="xs">
                    Order <OrderLink inline id={order.id}>{order.number}</OrderLink>
                  </Text>
                )}
              </div>
            ) : (
              <VendorPicker label="Vendor" required value={vendorId} onChange={setVendorId} error={errors.vendorId} />
            )}
            <TextInput label="Vendor’s bill number" required value={vendorBillNumber} onChange={(e) => setVendorBillNumber(e.currentTarget.value)} error={errors.vendorBillNumber} maxLength={50} />
            <TextInput type="date" label="Vendor’s bill date" required value={vendorBillDate} onChange={(e) => setVendorBillDate(e.currentTarget.value)} error={errors.vendorBillDate} />
            <TextInput type="date" label="Due date" description="Empty: the vendor’s payment terms" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} error={errors.dueDate} />
          </SimpleGrid>

          {order && (
            <>
              <Title order={2} size="h5">
                From the purchase order
              </Title>
              {receipts.isPending ? (
                <Text size="sm">Loading the receipts…</Text>
              ) : sources.length === 0 ? (
                <Text size="sm" data-testid="nothing-to-bill">
                  Nothing received is left to bill on this order.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={560} type="native" style={{ position: 'relative' }}>
                  <Table verticalSpacing="xs" data-testid="bill-sources">
                    <caption>
                      <VisuallyHidden>Received and unbilled lines</VisuallyHidden>
                    </caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={40}>
                          <VisuallyHidden>Bill it</VisuallyHidden>
                        </Table.Th>
                        <Table.Th>Line</Table.Th>
                        <Table.Th ta="right">Quantity</Table.Th>
                        <Table.Th ta="right">Unit price</Table.Th>
                        <Table.Th ta="right">Amount</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {sources.map((s) => (
                        <Table.Tr key={s.id} data-testid="bill-source">
                          <Table.Td>
                            <Checkbox
                              aria-label={`Bill ${s.description}`}
                              checked={!unselected.has(s.id)}
                              onChange={(e) => {
                                const on = e.currentTarget.checked;
                                setUnselected((u) => {
                                  const next = new Set(u);
                                  if (on) next.delete(s.id);
                                  else next.add(s.id);
                                  return next;
                                });
                              }}
                            />
                          </Table.Td>
                          <Table.Td>{s.description}</Table.Td>
                          <Table.Td ta="right">{s.quantity}</Table.Td>
                          <Table.Td ta="right">
                            <Money amount={s.unitPrice} currency={currency} />
                          </Table.Td>
                          <Table.Td ta="right">
                            <Money amount={lineAmount(s.quantity, s.unitPrice, currency)} currency={currency} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </>
          )}
          {kept.length > 0 && (
            <Text size="sm" data-testid="kept-lines">
              {kept.length === 1 ? 'One line' : `${kept.length} lines`} from the purchase order stay on the bill: {kept.map((l) => `${l.quantity} × ${l.description}`).join(', ')}.
            </Text>
          )}

          <Title order={2} size="h5">
            Expense lines
          </Title>
          {expenses.length > 0 && (
            <Table.ScrollContainer minWidth={820} type="native" style={{ position: 'relative' }}>
              <Table verticalSpacing="xs" data-testid="expense-lines">
                <caption>
                  <VisuallyHidden>Expense lines</VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Description</Table.Th>
                    <Table.Th w="26%">Expense account</Table.Th>
                    <Table.Th w={110}>GST</Table.Th>
                    <Table.Th ta="right" w={90}>
                      Quantity
                    </Table.Th>
                    <Table.Th ta="right" w={140}>
                      Unit price
                    </Table.Th>
                    <Table.Th ta="right">Amount</Table.Th>
                    <Table.Th w={48}>
                      <VisuallyHidden>Remove</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {expenses.map((line, i) => {
                    const n = i + 1;
                    return (
                      <Table.Tr key={line.key} data-testid="expense-line" style={{ verticalAlign: 'top' }}>
                        <Table.Td>
                          <TextInput aria-label={`Description, expense line ${n}`} value={line.description} onChange={(e) => updateExpense(line.key, { description: e.currentTarget.value })} error={err(i, 'description')} maxLength={500} />
                        </Table.Td>
                        <Table.Td>
                          <AccountPicker aria-label={`Expense account, expense line ${n}`} placeholder="Default: Purchases" accounts={accounts.data ?? []} only={accountOnly} value={line.accountId} onChange={(id) => updateExpense(line.key, { accountId: id })} error={err(i, 'accountId')} />
                        </Table.Td>
                        <Table.Td>
                          <Select
                            aria-label={`GST rate, expense line ${n}`}
                            data={[{ value: '', label: 'No GST' }, ...GST_RATES.map((r) => ({ value: r, label: `${r}%` }))]}
                            value={line.gstRate}
                            onChange={(v) => updateExpense(line.key, { gstRate: v ?? '' })}
                            allowDeselect={false}
                            error={err(i, 'gstRate')}
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput aria-label={`Quantity, expense line ${n}`} inputMode="decimal" autoComplete="off" styles={{ input: { textAlign: 'right' } }} value={line.quantity} onChange={(e) => updateExpense(line.key, { quantity: e.currentTarget.value })} error={err(i, 'quantity')} />
                        </Table.Td>
                        <Table.Td>
                          <MoneyInput aria-label={`Unit price, expense line ${n}`} currency={currency} value={line.unitPrice} onChange={(v) => updateExpense(line.key, { unitPrice: v })} error={err(i, 'unitPrice')} />
                        </Table.Td>
                        <Table.Td ta="right" pt={14}>
                          <Money amount={expenseAmounts[i]} currency={currency} testId="expense-amount" />
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon variant="subtle" color="red" aria-label={`Remove expense line ${n}`} disabled={!order && !orderId && expenses.length <= 1} onClick={() => setExpenses((ls) => ls.filter((l) => l.key !== line.key))}>
                            <span aria-hidden="true">×</span>
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Button variant="default" onClick={() => setExpenses((ls) => [...ls, blankExpense()])} w="fit-content" data-testid="add-expense-line">
            Add expense line
          </Button>

          <Title order={2} size="h5">
            Tax deducted at source
          </Title>
          <Checkbox label="Deduct TDS on this bill" checked={tdsOn} onChange={(e) => setTdsOn(e.currentTarget.checked)} data-testid="tds-on" disabled={currency !== baseCurrency} description={currency !== baseCurrency ? `TDS is deducted on ${baseCurrency} bills only` : undefined} />
          {tdsOn && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label="TDS section"
                required
                searchable
                data={tdsSections.map((s) => ({ value: s.section, label: `${s.section} · ${s.nature}` }))}
                value={tdsSection}
                onChange={(v) => {
                  setTdsSection(v);
                  setTdsRateKey(null);
                }}
                error={errors['tds.section'] ?? errors.tds}
                data-testid="tds-section"
              />
              <Select
                label="Rate"
                description={vendor.data?.pan ? `Default: from the vendor’s PAN ${vendor.data.pan}` : 'The vendor has no PAN: the higher no-PAN rate applies'}
                clearable
                placeholder="From the PAN"
                data={(section?.rates ?? []).map((r) => ({ value: r.key, label: `${r.label} · ${r.percent}%` }))}
                value={tdsRateKey}
                onChange={setTdsRateKey}
                error={errors['tds.rateKey']}
              />
            </SimpleGrid>
          )}
          <TotalsTable
            caption="Bill totals (estimate)"
            currency={currency}
            rows={[
              { label: 'Taxable value', amount: estimate.subtotal, testId: 'bill-subtotal' },
              ...estimate.components.map((c) => ({ label: `Input ${c.code}`, amount: c.amount, testId: `bill-${c.code.toLowerCase()}` })),
              { label: 'Input GST', amount: estimate.tax, testId: 'bill-tax' },
              { label: 'Bill total', amount: estimate.total, testId: 'bill-total', strong: true },
              ...(tdsOn ? [{ label: `TDS${tdsSection ? ` u/s ${tdsSection}` : ''} (estimate)`, amount: tdsAmount === null ? null : `-${tdsAmount}`, testId: 'bill-tds' }] : []),
              ...(tdsOn ? [{ label: 'Net payable (estimate)', amount: payable, testId: 'bill-payable', strong: true }] : []),
            ]}
          />
          {tdsOn && tds.error && <Text size="sm">The TDS cannot be estimated yet: {tds.error.message}</Text>}
          {tdsOn && tds.data && !isZero(tds.data.deduction) && (
            <Text size="sm" data-testid="tds-reason">
              {tds.data.percent}% · {tds.data.reason}
            </Text>
          )}
          <Textarea label="Notes" autosize minRows={1} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} maxLength={2000} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void (bill ? navigate({ to: '/purchases/bills/$billId', params: { billId: bill.id } }) : navigate({ to: '/purchases/bills' }))}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-bill">
              Save draft
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
