import { ActionIcon, Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { formatMoney } from '../../lib/money';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { entryQuery, ifMatch, invalidateLedger, type Entry, type NewEntry } from './api';
import { entryBalance, mapLineErrors, requestLines, type EntryBalance } from './balance';
import { today } from './dates';
import { editEntryRoute } from './routes';
import { AccountPicker, PageHeader, useAccounts, useBaseCurrency } from './shared';
import { fieldErrors, problemMessage } from '../../lib/problem';

interface FormLine {
  key: number;
  accountId: string;
  memo: string;
  debit: string;
  credit: string;
  /** Value in base currency, for a line on a foreign-currency account. */
  baseAmount: string;
}

let nextKey = 1;
const blankLine = (): FormLine => ({ key: nextKey++, accountId: '', memo: '', debit: '', credit: '', baseAmount: '' });

/** "Balanced" or "Out by ₹X", announced politely to screen readers as it changes. */
export function BalanceIndicator({ balance, currency, live = false }: { balance: EntryBalance; currency: string; /** The one copy screen readers hear as it changes. */ live?: boolean }) {
  const [color, text] =
    balance.state === 'balanced'
      ? ['teal', `Balanced · ${formatMoney(balance.total, currency)}`]
      : balance.state === 'unbalanced'
        ? ['red', `Out by ${formatMoney(balance.difference, currency)} (${balance.heavier === 'debit' ? 'debits' : 'credits'} higher)`]
        : balance.state === 'invalid'
          ? ['red', 'Check the amounts']
          : ['gray', 'No amounts yet'];
  return (
    <Badge variant="dot" color={color} size="lg" role={live ? 'status' : undefined} aria-live={live ? 'polite' : undefined} data-testid="balance-indicator" data-state={balance.state}>
      {text}
    </Badge>
  );
}

function EntryEditor({ existing }: { existing?: Entry }) {
  const base = useBaseCurrency();
  const accounts = useAccounts();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [date, setDate] = useState(existing?.date ?? today());
  const [memo, setMemo] = useState(existing?.memo ?? '');
  const [reference, setReference] = useState(existing?.reference ?? '');
  const [lines, setLines] = useState<FormLine[]>(() =>
    existing
      ? existing.lines.map((l) => {
          const foreign = l.currency !== existing.baseCurrency;
          const zero = (v: string) => /^0+(\.0+)?$/.test(v);
          return { key: nextKey++, accountId: l.accountId, memo: l.memo ?? '', debit: zero(l.debit) ? '' : l.debit, credit: zero(l.credit) ? '' : l.credit, baseAmount: foreign ? (zero(l.baseDebit) ? l.baseCredit : l.baseDebit) : '' };
        })
      : [blankLine(), blankLine()],
  );
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [lineProblem, setLineProblem] = useState<string | null>(null);
  const currencyOf = (line: FormLine) => accounts.byId.get(line.accountId)?.currency ?? base;
  const isForeign = (line: FormLine) => currencyOf(line) !== base;
  // The indicator balances base-currency values: a foreign line counts with its base amount.
  const balance = entryBalance(
    lines.map((l) => (isForeign(l) ? { debit: l.debit ? l.baseAmount : '', credit: l.credit ? l.baseAmount : '' } : l)),
    base,
  );
  const update = (key: number, patch: Partial<FormLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  async function save(post: boolean) {
    setLineErrors({});
    setLineProblem(null);
    const sent = requestLines(lines);
    await submit.run(async () => {
      const body: NewEntry = {
        date,
        memo: memo.trim() || null,
        reference: reference.trim() || null,
        lines: sent.map(({ index, line }) => {
          const form = lines[index]!;
          return isForeign(form) ? { ...line, currency: currencyOf(form), ...(form.baseAmount && { baseAmount: form.baseAmount }) } : line;
        }),
      };
      try {
        let entry: Entry;
        if (existing) {
          entry = unwrap(await api.PUT('/api/v1/journal-entries/{id}', { params: { path: { id: existing.id } }, headers: ifMatch(existing.version), body }));
          if (post) entry = unwrap(await api.POST('/api/v1/journal-entries/{id}/post', { params: { path: { id: entry.id } }, headers: ifMatch(entry.version) }));
        } else {
          entry = unwrap(await api.POST('/api/v1/journal-entries', { body: { ...body, post } }));
        }
        await invalidateLedger(queryClient);
        await navigate({ to: '/ledger/entries/$entryId', params: { entryId: entry.id } });
      } catch (error) {
        // Line issues (`lines[1].debit`) go next to the line the person sees, skipping blank lines.
        if (error instanceof ApiError) {
          const mapped = mapLineErrors(fieldErrors(error.problem), sent.map((s) => s.index));
          setLineErrors(mapped);
          setLineProblem(Object.keys(mapped).some((k) => k.startsWith('lines')) ? problemMessage(error.problem) : null);
        }
        throw error;
      }
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(true);
  }

  if (accounts.isPending) return <Loader aria-label="Loading" size="sm" />;
  // useSubmit's field paths count the lines sent; lineErrors has them mapped onto the form's lines.
  const errors: Record<string, string> = { ...Object.fromEntries(Object.entries(submit.errors).filter(([k]) => !k.startsWith('lines['))), ...lineErrors };
  const formMessage = errors.lines ?? lineProblem ?? submit.message;
  const lineError = (index: number, field?: string) => errors[field ? `lines[${index}].${field}` : `lines[${index}]`];

  return (
    <Stack gap="md">
      <PageHeader title={existing ? 'Edit draft entry' : 'New journal entry'}>
        <BalanceIndicator balance={balance} currency={base} />
      </PageHeader>
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Journal entry">
        <Stack gap="sm">
          {formMessage && (
            <Alert color="red" role="alert" title="Could not save the entry">
              {formMessage}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
            <TextInput label="Memo" value={memo} onChange={(e) => setMemo(e.currentTarget.value)} error={errors.memo} maxLength={1000} />
            <TextInput label="Reference" value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errors.reference} maxLength={200} />
          </SimpleGrid>
          <Table.ScrollContainer minWidth={760} type="native" style={{ position: 'relative' }}>
            <Table verticalSpacing="xs" captionSide="top" data-testid="entry-form-lines">
              <caption style={{ textAlign: 'left' }}>
                <Text size="sm">Lines: each has a debit or a credit. Amounts in {base} unless the account has another currency.</Text>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="34%">Account</Table.Th>
                  <Table.Th>Memo</Table.Th>
                  <Table.Th w="17%" ta="right">
                    Debit
                  </Table.Th>
                  <Table.Th w="17%" ta="right">
                    Credit
                  </Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, index) => {
                  const currency = currencyOf(line);
                  const n = index + 1;
                  return (
                    <Table.Tr key={line.key} data-testid="entry-line" style={{ verticalAlign: 'top' }}>
                      <Table.Td>
                        <AccountPicker
                          aria-label={`Line ${n} account`}
                          accounts={accounts.data ?? []}
                          only={(a) => a.status === 'active' && !a.isGroup}
                          value={line.accountId}
                          onChange={(id) => update(line.key, { accountId: id })}
                          error={lineError(index, 'accountId') ?? lineError(index)}
                          data-testid={`line-${n}-account`}
                        />
                        {isForeign(line) && (
                          <MoneyInput mt={4} aria-label={`Line ${n} value in ${base}`} placeholder={`Value in ${base}`} currency={base} value={line.baseAmount} onChange={(v) => update(line.key, { baseAmount: v })} error={lineError(index, 'baseAmount')} />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Line ${n} memo`} value={line.memo} onChange={(e) => update(line.key, { memo: e.currentTarget.value })} error={lineError(index, 'memo')} maxLength={500} />
                      </Table.Td>
                      <Table.Td>
                        <MoneyInput aria-label={`Line ${n} debit (${currency})`} currency={currency} value={line.debit} onChange={(v) => update(line.key, { debit: v, ...(v && { credit: '' }) })} error={lineError(index, 'debit')} data-testid={`line-${n}-debit`} />
                      </Table.Td>
                      <Table.Td>
                        <MoneyInput aria-label={`Line ${n} credit (${currency})`} currency={currency} value={line.credit} onChange={(v) => update(line.key, { credit: v, ...(v && { debit: '' }) })} error={lineError(index, 'credit')} data-testid={`line-${n}-credit`} />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red" aria-label={`Remove line ${n}`} disabled={lines.length <= 2} onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}>
                          <span aria-hidden="true">×</span>
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" wrap="wrap">
            <Button variant="default" onClick={() => setLines((ls) => [...ls, blankLine()])} data-testid="add-line">
              Add line
            </Button>
            <Group gap="xs">
              <BalanceIndicator balance={balance} currency={base} live />
              <Button variant="default" onClick={() => void save(false)} loading={submit.submitting}>
                Save draft
              </Button>
              <Button type="submit" loading={submit.submitting} disabled={balance.state !== 'balanced'} data-testid="post-entry">
                Post entry
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** A new journal entry: lines, a live balanced/unbalanced indicator, post or save as a draft. */
export function EntryForm() {
  return <EntryEditor />;
}

/** Change a draft (posted entries are reversed, never edited). */
export function EditEntryForm() {
  const { entryId } = editEntryRoute.useParams();
  const entry = useQuery(entryQuery(entryId));
  if (entry.isPending) return <Loader aria-label="Loading" size="sm" />;
  if (entry.error || !entry.data) {
    return (
      <Alert color="red" role="alert" title="Could not load the entry">
        {entry.error?.message}
      </Alert>
    );
  }
  if (entry.data.status !== 'draft') {
    return (
      <Alert color="yellow" role="alert" title="This entry is posted">
        Posted entries cannot be changed. Reverse it and post the right entry.
      </Alert>
    );
  }
  return <EntryEditor existing={entry.data} />;
}
