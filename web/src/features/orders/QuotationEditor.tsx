import { ActionIcon, Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { MoneyInput } from '../../lib/money-input';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { ProductPicker } from '../catalog/shared';
import { today } from '../ledger/dates';
import { Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { ifMatch, invalidateOrders, isQuantity, quotationQuery, type Quotation, type QuotationBody } from './api';
import { editQuotationRoute, newQuotationRoute } from './routes';
import { CustomerPicker, TotalsTable } from './shared';

export function NewQuotation() {
  const search = newQuotationRoute.useSearch();
  return (
    <RequirePermission permission="sales.quotation.manage">
      <Editor initial={null} customerId={search.customerId ?? ''} />
    </RequirePermission>
  );
}

export function EditQuotation() {
  const { quotationId } = editQuotationRoute.useParams();
  const query = useQuery(quotationQuery(quotationId));
  return (
    <RequirePermission permission="sales.quotation.manage">
      {query.data ? <Editor key={query.data.id} initial={query.data} customerId={query.data.customerId} /> : <QueryState error={query.error} isPending={query.isPending} what="the quotation" />}
    </RequirePermission>
  );
}

interface FormLine {
  key: number;
  productId: string;
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
}

let nextKey = 1;
const blankLine = (): FormLine => ({ key: nextKey++, productId: '', description: '', quantity: '1', unitPrice: '', discountPercent: '' });
const fromQuotation = (q: Quotation): FormLine[] =>
  q.lines.map((l) => ({
    key: nextKey++,
    productId: l.productId ?? '',
    description: l.productId ? '' : l.description,
    quantity: l.quantity,
    unitPrice: l.priceSource === 'manual' ? l.unitPrice : '',
    discountPercent: /^0*(\.0*)?$/.test(l.discountPercent) ? '' : l.discountPercent,
  }));

const PERCENT = /^[0-9]{1,3}(\.[0-9]{1,4})?$/;

/** The body for the API, or null while the form is not complete enough to price. */
function bodyOf(state: { customerId: string; date: string; validUntil: string; terms: string; lines: FormLine[] }): QuotationBody | null {
  if (!state.customerId || state.lines.length === 0) return null;
  const lines: QuotationBody['lines'] = [];
  for (const l of state.lines) {
    if (!l.productId && !l.description.trim()) return null;
    if (!isQuantity(l.quantity)) return null;
    if (l.discountPercent.trim() && !PERCENT.test(l.discountPercent.trim())) return null;
    if (!l.productId && !/^[0-9]+(\.[0-9]+)?$/.test(l.unitPrice.trim())) return null;
    if (l.unitPrice.trim() && !/^[0-9]+(\.[0-9]+)?$/.test(l.unitPrice.trim())) return null;
    lines.push({
      ...(l.productId ? { productId: l.productId } : {}),
      ...(l.description.trim() ? { description: l.description.trim() } : {}),
      quantity: l.quantity.trim(),
      ...(l.unitPrice.trim() ? { unitPrice: l.unitPrice.trim() } : {}),
      ...(l.discountPercent.trim() ? { discountPercent: l.discountPercent.trim() } : {}),
    });
  }
  return {
    customerId: state.customerId,
    ...(state.date && { date: state.date }),
    ...(state.validUntil && { validUntil: state.validUntil }),
    terms: state.terms.trim() || null,
    lines,
  };
}

/**
 * The quotation editor. As soon as a customer and complete lines are there, the draft is saved
 * (created, then changed in place with If-Match) after a short pause in typing, and the server's
 * prices, taxes and totals come back: the totals are the API's, never computed here.
 */
function Editor({ initial, customerId: initialCustomer }: { initial: Quotation | null; customerId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const baseCurrency = useBaseCurrency();
  const submit = useSubmit();
  const [customerId, setCustomerId] = useState(initialCustomer);
  const [date, setDate] = useState(initial?.date ?? today());
  const [validUntil, setValidUntil] = useState(initial?.validUntil ?? '');
  const [terms, setTerms] = useState(initial?.terms ?? '');
  const [lines, setLines] = useState<FormLine[]>(() => (initial ? fromQuotation(initial) : [blankLine()]));
  const [saved, setSaved] = useState<Quotation | null>(initial);
  const savedRef = useRef<Quotation | null>(initial);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const lastBody = useRef<string>(initial ? JSON.stringify(bodyOf({ customerId: initialCustomer, date: initial.date, validUntil: initial.validUntil, terms: initial.terms ?? '', lines: fromQuotation(initial) })) : '');
  const body = useMemo(() => bodyOf({ customerId, date, validUntil, terms, lines }), [customerId, date, validUntil, terms, lines]);
  const [debounced] = useDebouncedValue(body, 600);
  const currency = saved?.currency ?? baseCurrency;

  /** Saves `b` after any save in flight; skips a body identical to the last one saved. */
  function save(b: QuotationBody, force = false): Promise<void> {
    const run = chain.current.then(async () => {
      const text = JSON.stringify(b);
      if (!force && text === lastBody.current) return;
      await submit.run(async () => {
        const current = savedRef.current;
        const next = current
          ? unwrap(await api.PUT('/api/v1/quotations/{id}', { params: { path: { id: current.id } }, headers: ifMatch(current.version), body: b }))
          : unwrap(await api.POST('/api/v1/quotations', { body: b }));
        savedRef.current = next;
        lastBody.current = text;
        setSaved(next);
        if (!current) setValidUntil((v) => v || next.validUntil);
      });
    });
    chain.current = run.catch(() => undefined);
    return run;
  }

  useEffect(() => {
    if (debounced) void save(debounced);
  }, [debounced]);

  async function onDone(event?: FormEvent) {
    event?.preventDefault();
    if (!body) {
      submit.setMessage(customerId ? 'Complete the lines: a product or a description, a quantity, and a price for free-text lines.' : 'Choose a customer.');
      return;
    }
    await save(body);
    await chain.current;
    const done = savedRef.current;
    if (done && JSON.stringify(body) === lastBody.current) {
      await invalidateOrders(queryClient);
      await navigate({ to: '/sales/quotations/$quotationId', params: { quotationId: done.id } });
    }
  }
  useShortcut('mod+enter', () => void onDone(), { description: 'Save the quotation' });

  const update = (key: number, patch: Partial<FormLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const errors = submit.errors;
  const err = (i: number, field: string) => errors[`lines[${i}].${field}`];
  const unshown = Object.keys(errors).some((k) => !/^(lines\[\d+\]\.(productId|description|quantity|unitPrice|discountPercent)|customerId|date|validUntil|terms)$/.test(k));
  const message = submit.message ?? (unshown ? Object.entries(errors).map(([k, v]) => `${k}: ${v}`).join('; ') : null);
  const pending = Boolean(body) && JSON.stringify(body) !== lastBody.current;
  const serverLine = (i: number) => (saved && saved.lines.length === lines.length ? saved.lines[i] : undefined);

  return (
    <Stack gap="md">
      <PageHeader
        title={initial ? `Edit quotation ${initial.number ?? ''}`.trim() : 'New quotation'}
        subtitle={initial && initial.status !== 'draft' ? `Saving makes revision ${initial.revision + 1}; revision ${initial.revision} is kept.` : 'Prices come from the catalog unless you give one; taxes and totals from the server.'}
      />
      <Paper withBorder p="md" component="form" onSubmit={(e) => void onDone(e)} noValidate aria-label="Quotation">
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not save" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <CustomerPicker label="Customer" required value={customerId} onChange={setCustomerId} error={errors.customerId} known={initial ? { id: initial.customerId, name: initial.customerName } : undefined} />
            <TextInput type="date" label="Date" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
            <TextInput type="date" label="Valid until" description="Default: 30 days after the date" value={validUntil} onChange={(e) => setValidUntil(e.currentTarget.value)} error={errors.validUntil} />
          </SimpleGrid>
          <Table.ScrollContainer minWidth={820} type="native" style={{ position: 'relative' }}>
            <Table verticalSpacing="xs" data-testid="quotation-lines">
              <caption>
                <VisuallyHidden>Lines</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="34%">Product or description</Table.Th>
                  <Table.Th ta="right">Quantity</Table.Th>
                  <Table.Th ta="right">Unit price ({currency})</Table.Th>
                  <Table.Th ta="right">Discount %</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, i) => {
                  const n = i + 1;
                  const s = serverLine(i);
                  return (
                    <Table.Tr key={line.key} data-testid="quotation-line" style={{ verticalAlign: 'top' }}>
                      <Table.Td>
                        <Stack gap={4}>
                          <ProductPicker aria-label={`Product, line ${n}`} placeholder="Search the catalog" clearable value={line.productId} onChange={(id) => update(line.key, { productId: id })} error={err(i, 'productId')} />
                          <TextInput aria-label={`Description, line ${n}`} placeholder={line.productId ? 'Description (default: the product name)' : 'Or a free-text description'} value={line.description} onChange={(e) => update(line.key, { description: e.currentTarget.value })} error={err(i, 'description')} />
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Quantity, line ${n}`} inputMode="decimal" autoComplete="off" styles={{ input: { textAlign: 'right' } }} value={line.quantity} onChange={(e) => update(line.key, { quantity: e.currentTarget.value })} error={err(i, 'quantity')} />
                      </Table.Td>
                      <Table.Td>
                        <MoneyInput aria-label={`Unit price, line ${n}`} currency={currency} placeholder={s && line.productId && !line.unitPrice ? s.unitPrice : line.productId ? 'Catalog price' : ''} value={line.unitPrice} onChange={(v) => update(line.key, { unitPrice: v })} error={err(i, 'unitPrice')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Discount %, line ${n}`} inputMode="decimal" autoComplete="off" styles={{ input: { textAlign: 'right' } }} value={line.discountPercent} onChange={(e) => update(line.key, { discountPercent: e.currentTarget.value })} error={err(i, 'discountPercent')} />
                      </Table.Td>
                      <Table.Td ta="right">
                        {s && (
                          <Stack gap={0} align="flex-end">
                            <Money amount={s.amount} currency={currency} testId="line-amount" />
                            <Text size="xs" c="dimmed">
                              {s.taxRate ? `GST ${s.taxRate}%` : ''}
                              {s.priceSource !== 'manual' ? ` · ${s.unitPrice} from catalog` : ''}
                            </Text>
                          </Stack>
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
          <Button variant="default" onClick={() => setLines((ls) => [...ls, blankLine()])} w="fit-content" data-testid="add-line">
            Add line
          </Button>
          <Textarea label="Terms" autosize minRows={2} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={errors.terms} maxLength={4000} />
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Text size="sm" role="status" data-testid="save-state">
              {submit.submitting ? 'Saving…' : pending ? 'Changes not saved yet' : saved ? `Draft saved${saved.number ? ` (${saved.number})` : ''}` : 'Not saved yet'}
              {submit.submitting && <Loader size="xs" ml="xs" aria-hidden="true" />}
            </Text>
            {saved && <TotalsTable totals={saved.totals} currency={currency} />}
          </Group>
          {saved?.approvalRequired && (
            <Alert color="orange" title="Needs approval" data-testid="approval-needed">
              {saved.approvalReasons.join('; ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate(saved ? { to: '/sales/quotations/$quotationId', params: { quotationId: saved.id } } : { to: '/sales/quotations' })}>
              {saved ? 'Close' : 'Cancel'}
            </Button>
            <Button type="submit" data-testid="save-quotation">
              Save quotation
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
