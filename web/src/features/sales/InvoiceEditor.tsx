import { ActionIcon, Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { GST_STATES } from '../../lib/gstin';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { currencyExponent } from '../../lib/list/decimal';
import { MoneyInput } from '../../lib/money-input';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { productQuery, type Product } from '../catalog/api';
import { ProductPicker } from '../catalog/shared';
import { StorePicker, useStores } from '../inventory/shared';
import { today } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { partyQuery, type Party } from '../parties/api';
import { useTenant } from '../tax/shared';
import { ifMatch, invalidateSales, invoiceQuery, salesSettingsQuery, type Invoice, type InvoiceLineBody } from './api';
import { editInvoiceRoute, newInvoiceRoute } from './routes';
import { CustomerPicker } from './shared';

export function NewInvoice() {
  return (
    <RequirePermission permission="sales.invoice.create">
      <NewInvoiceScreen />
    </RequirePermission>
  );
}

export function EditInvoice() {
  return (
    <RequirePermission permission="sales.invoice.create">
      <EditInvoiceScreen />
    </RequirePermission>
  );
}

function NewInvoiceScreen() {
  const { customerId } = newInvoiceRoute.useSearch();
  const settings = useQuery(salesSettingsQuery);
  if (settings.isPending) return <QueryState error={null} isPending what="the sales settings" />;
  return <Editor invoice={null} initialCustomerId={customerId ?? ''} defaults={{ notes: settings.data?.defaultNotes ?? '', terms: settings.data?.defaultTerms ?? '' }} />;
}

function EditInvoiceScreen() {
  const { invoiceId } = editInvoiceRoute.useParams();
  const invoice = useQuery(invoiceQuery(invoiceId));
  if (!invoice.data) return <QueryState error={invoice.error} isPending={invoice.isPending} what="the invoice" />;
  if (invoice.data.status !== 'draft') {
    return (
      <Alert color="orange" title="Issued invoices cannot be edited" role="alert">
        Correct an issued invoice with a credit note or a debit note, or void it while nothing is paid.
      </Alert>
    );
  }
  return <Editor key={invoice.data.id} invoice={invoice.data} initialCustomerId={invoice.data.customerId} defaults={{ notes: '', terms: '' }} />;
}

interface EditorLine {
  key: number;
  productId: string;
  description: string;
  hsn: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string;
  storeId: string;
  /** From the product: for the live tax (its GST rate), and whether it leaves a store. */
  gstRate: string | null;
  kind: 'goods' | 'service' | null;
  stock: boolean;
}

let nextKey = 1;
const blankLine = (): EditorLine => ({ key: nextKey++, productId: '', description: '', hsn: '', quantity: '1', unit: '', unitPrice: '', discountPercent: '', storeId: '', gstRate: null, kind: null, stock: false });

const lineFromInvoice = (l: Invoice['lines'][number]): EditorLine => ({
  key: nextKey++,
  productId: l.productId ?? '',
  description: l.description,
  hsn: l.hsn ?? '',
  quantity: l.quantity,
  unit: l.unit ?? '',
  unitPrice: l.unitPrice,
  discountPercent: /^0+(\.0+)?$/.test(l.discountPercent) ? '' : l.discountPercent,
  storeId: l.storeId ?? '',
  gstRate: null,
  kind: null,
  stock: Boolean(l.storeId),
});

const QTY = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,6})?$/;
const PRICE = /^(0|[1-9][0-9]{0,13})(\.[0-9]{1,6})?$/;
const PERCENT = /^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$/;

/** What a line sends: the product's defaults are the server's when a field is left empty. */
function lineBody(l: EditorLine): InvoiceLineBody {
  return {
    ...(l.productId && { productId: l.productId }),
    ...(l.description.trim() && { description: l.description.trim() }),
    ...(l.hsn.trim() && { hsn: l.hsn.trim() }),
    quantity: l.quantity.trim(),
    ...(l.unit.trim() && { unit: l.unit.trim() }),
    ...(l.unitPrice.trim() && { unitPrice: l.unitPrice.trim() }),
    ...(l.discountPercent.trim() && { discountPercent: l.discountPercent.trim() }),
    ...(l.storeId && { storeId: l.storeId }),
  };
}

const isBlank = (l: EditorLine) => !l.productId && !l.description.trim() && !l.unitPrice.trim();

/** The GST engine's answer, as much of it as the editor shows. */
interface GstPreview {
  supply: { placeOfSupply: string | null; supplyType: string };
  lines: { index: number; taxableValue: string; rate: string; cgst: string; sgst: string; utgst: string; igst: string; cess: string; lineTotal: string }[];
  totals: { taxableValue: string; discount: string; cgst: string; sgst: string; utgst: string; igst: string; cess: string; taxCollected: string; roundOff: string; grandTotal: string };
}

const SUPPLY_LABEL: Record<string, string> = { intra_state: 'Intra-state: CGST + SGST', inter_state: 'Inter-state: IGST', export: 'Export', sez: 'Supply to an SEZ' };
const STATE_OPTIONS = [{ value: '', label: "From the customer's GSTIN or address" }, ...GST_STATES.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }))];

/**
 * The fast invoice editor: customer, dates, place of supply, and lines entered from the keyboard
 * (product search by name or SKU fills description, HSN, unit and price; Enter in a line adds the
 * next one), with live tax and totals from the tax engine while typing.
 */
function Editor({ invoice, initialCustomerId, defaults }: { invoice: Invoice | null; initialCustomerId: string; defaults: { notes: string; terms: string } }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const can = useCan();
  const submit = useSubmit();
  const tenant = useTenant();
  const stores = useStores();
  const settings = useQuery(salesSettingsQuery);
  const [customerId, setCustomerId] = useState(initialCustomerId);
  const [customer, setCustomer] = useState<Party | undefined>();
  const [date, setDate] = useState(invoice?.date ?? today());
  const [dueDate, setDueDate] = useState(invoice?.dueDate ?? '');
  const [placeOfSupply, setPlaceOfSupply] = useState(invoice?.placeOfSupply ?? '');
  const [reference, setReference] = useState(invoice?.reference ?? '');
  const [notes, setNotes] = useState(invoice?.notes ?? defaults.notes);
  const [terms, setTerms] = useState(invoice?.terms ?? defaults.terms);
  const [lines, setLines] = useState<EditorLine[]>(() => (invoice ? invoice.lines.map(lineFromInvoice) : [blankLine()]));
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const currency = invoice?.currency ?? customer?.currency ?? tenant.data?.baseCurrency ?? 'INR';
  const exponent = currencyExponent(currency) ?? 2;
  const defaultStore = stores.active?.[0]?.id ?? '';

  // A new line's product field takes the focus (Enter → next line, straight into the product search).
  useEffect(() => {
    if (focusKey === null) return;
    const input = tableRef.current?.querySelector<HTMLInputElement>(`[data-line-key="${focusKey}"] [data-field="product"] input, [data-line-key="${focusKey}"] input[data-field="product"]`);
    input?.focus();
    setFocusKey(null);
  }, [focusKey, lines]);

  // A loaded draft's product lines: their GST rate and kind for the live tax, and whether they leave a store.
  useEffect(() => {
    for (const line of lines) {
      if (!line.productId || line.kind !== null) continue;
      queryClient
        .fetchQuery(productQuery(line.productId))
        .then((p) => update(line.key, { gstRate: p.tax.gstRate, kind: p.type, stock: p.type === 'goods' && p.trackInventory }))
        .catch(() => undefined);
    }
    // Only once, for the lines the draft came with.
  }, []);

  const update = (key: number, patch: Partial<EditorLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const addLine = () => {
    const line = blankLine();
    setLines((ls) => [...ls, line]);
    setFocusKey(line.key);
  };

  async function pickProduct(key: number, productId: string) {
    if (!productId) return update(key, { productId: '', gstRate: null, kind: null, stock: false });
    update(key, { productId });
    let product: Product;
    try {
      product = await queryClient.fetchQuery(productQuery(productId));
    } catch {
      return;
    }
    const line = lines.find((l) => l.key === key);
    const quantity = line && QTY.test(line.quantity.trim()) ? line.quantity.trim() : '1';
    let price = product.salePrice ?? '';
    try {
      const quote = unwrap(await api.GET('/api/v1/products/{id}/price', { params: { path: { id: productId }, query: { quantity, date } } }));
      if (quote.currency === currency) price = quote.unitPrice;
    } catch {
      // No price list price: the product's sale price (or what the user types).
    }
    const stock = product.type === 'goods' && product.trackInventory;
    update(key, {
      productId,
      description: product.name,
      hsn: product.hsnSac ?? '',
      unit: product.baseUnit,
      unitPrice: price ? new Decimal(price).toDecimalPlaces(exponent, Decimal.ROUND_HALF_UP).toFixed(exponent) : '',
      gstRate: product.tax.gstRate,
      kind: product.type,
      stock,
      storeId: stock ? (line?.storeId || defaultStore) : '',
    });
  }

  const onLineKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    addLine();
  };

  // ---- live totals ----
  const filled = lines.filter((l) => !isBlank(l));
  const valid = filled.length > 0 && filled.every((l) => QTY.test(l.quantity.trim()) && PRICE.test(l.unitPrice.trim()) && (!l.discountPercent.trim() || PERCENT.test(l.discountPercent.trim())));
  const gross = (l: EditorLine) => new Decimal(l.quantity.trim()).mul(l.unitPrice.trim()).toDecimalPlaces(exponent, Decimal.ROUND_HALF_UP);
  const discountOf = (l: EditorLine) => (l.discountPercent.trim() ? gross(l).mul(l.discountPercent.trim()).div(100).toDecimalPlaces(exponent, Decimal.ROUND_HALF_UP) : new Decimal(0));
  const taxable = valid ? filled.reduce((s, l) => s.add(gross(l).sub(discountOf(l))), new Decimal(0)).toFixed(exponent) : null;
  const gst = tenant.data?.countryCode === 'IN' && currency === 'INR';
  const buyerState = customer?.gstStateCode ?? customer?.billingAddress?.stateCode ?? null;
  const previewBody = useMemo(() => {
    if (!valid || !gst || !customer) return null;
    return {
      documentType: 'invoice' as const,
      date,
      rounding: 'line' as const,
      roundOff: settings.data?.roundTotal ?? true,
      buyer: { country: customer.billingAddress?.country ?? 'IN', ...(customer.gstin && { gstin: customer.gstin }), ...(buyerState && { stateCode: buyerState }) },
      ...(placeOfSupply && { placeOfSupply }),
      lines: filled.map((l) => {
        const discount = discountOf(l);
        return {
          item: (l.description || 'Item').slice(0, 200),
          ...(/^[0-9]{4,8}$/.test(l.hsn.trim()) && { hsn: l.hsn.trim() }),
          kind: l.kind ?? (l.hsn.trim().startsWith('99') ? ('service' as const) : ('goods' as const)),
          quantity: new Decimal(l.quantity.trim()).toFixed(),
          unitPrice: new Decimal(l.unitPrice.trim()).toFixed(),
          ...(!discount.isZero() && { discount: discount.toFixed() }),
          ...(l.gstRate != null && { rate: new Decimal(l.gstRate).toFixed() }),
        };
      }),
    };
  }, [valid, gst, customer, buyerState, date, placeOfSupply, settings.data?.roundTotal, JSON.stringify(filled.map((l) => [l.description, l.hsn, l.kind, l.quantity, l.unitPrice, l.discountPercent, l.gstRate]))]);
  const [debouncedBody] = useDebouncedValue(previewBody, 300);
  const canPreview = can('tax.calculation.run');
  const preview = useQuery({
    queryKey: ['sales', 'editor-tax', debouncedBody],
    enabled: Boolean(debouncedBody) && canPreview,
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: async () => {
      const answer = unwrap(await api.POST('/api/v1/tax/calculate', { body: debouncedBody! }));
      return answer.engine === 'gst' ? (answer.result as GstPreview) : null;
    },
  });
  const live = previewBody && preview.data ? preview.data : null;

  function save(issue: boolean) {
    void submit.run(async () => {
      const body = {
        customerId,
        date: date || null,
        dueDate: dueDate || null,
        placeOfSupply: placeOfSupply || null,
        reference: reference.trim() || null,
        notes: notes.trim() || null,
        terms: terms.trim() || null,
        lines: lines.filter((l) => !isBlank(l) || lines.length === 1).map(lineBody),
      };
      let saved: Invoice;
      if (invoice) {
        saved = unwrap(await api.PUT('/api/v1/invoices/{id}', { params: { path: { id: invoice.id } }, headers: ifMatch(invoice.version), body }));
        if (issue) saved = unwrap(await api.POST('/api/v1/invoices/{id}/issue', { params: { path: { id: invoice.id } } }));
      } else {
        saved = unwrap(await api.POST('/api/v1/invoices', { body: { ...body, ...(issue && { issue: true }) } }));
      }
      queryClient.setQueryData(invoiceQuery(saved.id).queryKey, saved);
      await invalidateSales(queryClient);
      await navigate({ to: '/sales/invoices/$invoiceId', params: { invoiceId: saved.id } });
    });
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save(false);
  };
  useShortcut('mod+s', () => save(false), { description: 'Save the draft invoice' });
  useShortcut('mod+enter', () => can('sales.invoice.issue') && save(true), { description: 'Save and issue the invoice' });

  const errors = submit.errors;
  // Lines sent are the non-blank ones: map the server's line indexes back to the rows shown.
  const sent = lines.filter((l) => !isBlank(l) || lines.length === 1);
  const err = (line: EditorLine, field: string) => {
    const i = sent.indexOf(line);
    return i < 0 ? undefined : (errors[`lines[${i}].${field}`] ?? (field === 'productId' ? errors[`lines[${i}]`] : undefined));
  };
  const known = /^(customerId|date|dueDate|placeOfSupply|reference|notes|terms|lines\[\d+\]\.(productId|description|hsn|quantity|unit|unitPrice|discountPercent|storeId)|lines\[\d+\])$/;
  const unshown = Object.entries(errors).filter(([k]) => !known.test(k));
  const message = submit.message ?? (unshown.length > 0 ? unshown.map(([k, v]) => `${k}: ${v}`).join('; ') : Object.keys(errors).length > 0 ? 'Check the highlighted fields.' : null);
  const m = (amount: string | null | undefined, testId?: string) => <Money amount={amount} currency={currency} testId={testId} />;
  const title = invoice ? 'Edit draft invoice' : 'New invoice';

  return (
    <Stack gap="md">
      <PageHeader title={title} subtitle="Enter adds a line; the product search takes a name or SKU. Ctrl+S saves the draft." />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Invoice">
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not save the invoice" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <CustomerPicker
              label="Customer"
              required
              autoFocus={!invoice && !initialCustomerId}
              value={customerId}
              onChange={setCustomerId}
              onPick={(c) => {
                setCustomer(c);
              }}
              error={errors.customerId}
              data-testid="invoice-customer"
            />
            <TextInput type="date" label="Invoice date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
            <TextInput type="date" label="Due date" description="Empty: the customer's payment terms" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} error={errors.dueDate} />
            <Select label="Place of supply" data={STATE_OPTIONS} value={placeOfSupply} onChange={(v) => setPlaceOfSupply(v ?? '')} searchable allowDeselect={false} error={errors.placeOfSupply} />
          </SimpleGrid>
          <CustomerLoader id={customerId} current={customer} onLoad={setCustomer} />

          <Table.ScrollContainer minWidth={1240} type="native" style={{ position: 'relative' }}>
            <Table verticalSpacing="xs" data-testid="invoice-lines" ref={tableRef}>
              <caption>
                <VisuallyHidden>Invoice lines</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%">Product</Table.Th>
                  <Table.Th w="20%">Description</Table.Th>
                  <Table.Th>HSN/SAC</Table.Th>
                  <Table.Th ta="right">Quantity</Table.Th>
                  <Table.Th ta="right">Price ({currency})</Table.Th>
                  <Table.Th ta="right">Discount %</Table.Th>
                  <Table.Th>Store</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th w={40}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, i) => {
                  const n = i + 1;
                  const amount =
                    QTY.test(line.quantity.trim()) && PRICE.test(line.unitPrice.trim()) && (!line.discountPercent.trim() || PERCENT.test(line.discountPercent.trim()))
                      ? gross(line).sub(discountOf(line)).toFixed(exponent)
                      : null;
                  const liveLine = live && !isBlank(line) ? live.lines[filled.indexOf(line)] : undefined;
                  return (
                    <Table.Tr key={line.key} data-line-key={line.key} data-testid="invoice-line" style={{ verticalAlign: 'top' }}>
                      <Table.Td data-field="product">
                        <ProductPicker aria-label={`Product, line ${n}`} miw={220} placeholder="Name or SKU" value={line.productId} onChange={(id) => void pickProduct(line.key, id)} error={err(line, 'productId')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Description, line ${n}`} miw={170} value={line.description} onChange={(e) => update(line.key, { description: e.currentTarget.value })} onKeyDown={onLineKey} error={err(line, 'description')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`HSN/SAC, line ${n}`} w={90} inputMode="numeric" value={line.hsn} onChange={(e) => update(line.key, { hsn: e.currentTarget.value })} onKeyDown={onLineKey} error={err(line, 'hsn')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Quantity, line ${n}`}
                          w={90}
                          inputMode="decimal"
                          autoComplete="off"
                          styles={{ input: { textAlign: 'right' } }}
                          value={line.quantity}
                          onChange={(e) => update(line.key, { quantity: e.currentTarget.value })}
                          onKeyDown={onLineKey}
                          error={err(line, 'quantity')}
                          rightSection={line.unit ? <Text size="xs">{line.unit}</Text> : null}
                          rightSectionWidth={line.unit ? 40 : undefined}
                        />
                      </Table.Td>
                      <Table.Td>
                        <MoneyInput aria-label={`Price, line ${n}`} w={120} currency={currency} value={line.unitPrice} onChange={(v) => update(line.key, { unitPrice: v })} onKeyDown={onLineKey} error={err(line, 'unitPrice')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Discount percent, line ${n}`} w={80} inputMode="decimal" styles={{ input: { textAlign: 'right' } }} value={line.discountPercent} onChange={(e) => update(line.key, { discountPercent: e.currentTarget.value })} onKeyDown={onLineKey} error={err(line, 'discountPercent')} />
                      </Table.Td>
                      <Table.Td>
                        {line.stock || err(line, 'storeId') ? (
                          <StorePicker aria-label={`Store, line ${n}`} w={170} value={line.storeId} onChange={(id) => update(line.key, { storeId: id })} error={err(line, 'storeId')} />
                        ) : (
                          <Text size="xs">—</Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {m(amount, 'line-amount')}
                        {liveLine && !/^0+(\.0+)?$/.test(liveLine.rate) && (
                          <Text size="xs" data-testid="line-tax-rate">
                            + {liveLine.rate}% GST
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red" aria-label={`Remove line ${n}`} disabled={lines.length <= 1} onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}>
                          <span aria-hidden="true">×</span>
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Button variant="default" onClick={addLine} w="fit-content" data-testid="add-line">
              Add line
            </Button>
            <Totals taxable={taxable} live={live} loading={preview.isFetching} gst={gst} canPreview={canPreview} hasCustomer={Boolean(customer)} currency={currency} error={preview.error} />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Reference (PO number)" value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errors.reference} maxLength={100} />
            <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} maxLength={2000} />
            <Textarea label="Terms" autosize minRows={2} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={errors.terms} maxLength={4000} />
          </SimpleGrid>
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => void (invoice ? navigate({ to: '/sales/invoices/$invoiceId', params: { invoiceId: invoice.id } }) : navigate({ to: '/sales/invoices' }))}>
              Cancel
            </Button>
            <Button type="submit" variant="default" loading={submit.submitting} data-testid="save-draft">
              Save draft
            </Button>
            {can('sales.invoice.issue') && (
              <Button onClick={() => save(true)} loading={submit.submitting} data-testid="save-and-issue">
                Save and issue
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** Loads the chosen customer (an edited draft's, or one from `?customerId=`) for the live tax. */
function CustomerLoader({ id, current, onLoad }: { id: string; current: Party | undefined; onLoad: (c: Party) => void }) {
  const wanted = Boolean(id) && current?.id !== id;
  const query = useQuery({ ...partyQuery('customer', id), enabled: wanted });
  useEffect(() => {
    if (wanted && query.data) onLoad(query.data);
  }, [wanted, query.data, onLoad]);
  return null;
}

function Totals({ taxable, live, loading, gst, canPreview, hasCustomer, currency, error }: { taxable: string | null; live: GstPreview | null; loading: boolean; gst: boolean; canPreview: boolean; hasCustomer: boolean; currency: string; error: Error | null }) {
  const m = (amount: string | null | undefined, testId?: string) => <Money amount={amount} currency={currency} testId={testId} />;
  const row = (label: string, value: ReactNode, testId?: string) => (
    <Group justify="space-between" gap="xl" wrap="nowrap" data-testid={testId}>
      <Text size="sm">{label}</Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Group>
  );
  const t = live?.totals;
  const nonZero = (v: string | undefined) => v !== undefined && !/^0+(\.0+)?$/.test(v);
  return (
    <Paper withBorder p="sm" miw={260} aria-live="polite" aria-busy={loading} data-testid="live-totals">
      <Stack gap={4}>
        {row('Taxable value', m(t?.taxableValue ?? taxable, 'live-taxable'))}
        {t && (
          <>
            {nonZero(t.cgst) && row('CGST', m(t.cgst, 'live-cgst'))}
            {nonZero(t.sgst) && row('SGST', m(t.sgst, 'live-sgst'))}
            {nonZero(t.utgst) && row('UTGST', m(t.utgst, 'live-utgst'))}
            {nonZero(t.igst) && row('IGST', m(t.igst, 'live-igst'))}
            {nonZero(t.cess) && row('Cess', m(t.cess, 'live-cess'))}
            {nonZero(t.roundOff) && row('Round-off', m(t.roundOff, 'live-round-off'))}
            {row('Total', <strong>{m(t.grandTotal, 'live-total')}</strong>)}
            <Text size="xs" data-testid="live-supply">
              {SUPPLY_LABEL[live.supply.supplyType] ?? live.supply.supplyType}
              {live.supply.placeOfSupply ? ` · place of supply ${live.supply.placeOfSupply}` : ''}
            </Text>
          </>
        )}
        {!t && (
          <Text size="xs">
            {error
              ? 'The tax could not be worked out yet: check the lines (HSN codes).'
              : !gst || !canPreview
                ? 'Tax and the total are computed when you save.'
                : !hasCustomer
                  ? 'Choose a customer to see the tax.'
                  : 'Tax appears as you enter the lines.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
