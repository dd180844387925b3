import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Decimal } from 'decimal.js';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { sumAmounts } from '../../lib/list/decimal';
import { formatMoney } from '../../lib/money';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { formatDate } from '../ledger/dates';
import { EntryLink, Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { countQuery, ifMatch, invalidateStock, type Count } from './api';
import { countRoute } from './routes';
import { Qty, StockProductLink, useStores, valueOf } from './shared';

export function CountSheet() {
  const { countId } = countRoute.useParams();
  return (
    <RequirePermission permission="inventory.stock.read">
      <Sheet countId={countId} />
    </RequirePermission>
  );
}

const QUANTITY = /^[0-9]{1,12}(\.[0-9]{1,6})?$/;

/** A difference (counted − expected) as a decimal string, or null when the count is blank or malformed. */
function differenceOf(counted: string, expected: string): string | null {
  const c = counted.trim();
  return QUANTITY.test(c) ? new Decimal(c).sub(expected).toFixed() : null;
}

/**
 * A count sheet: every product the store held when the count started, its expected quantity, the
 * counted quantity typed in (Enter goes to the next line), the difference and its value at the
 * store's average cost. Posting (after a confirmation) sets the stock to the counted quantities.
 */
function Sheet({ countId }: { countId: string }) {
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const currency = useBaseCurrency();
  const stores = useStores();
  const count = useQuery(countQuery(countId));
  const submit = useSubmit();
  const [counted, setCounted] = useState<Record<string, string>>({});
  const [posted, setPosted] = useState<{ entryId: string | null; adjustments: number } | null>(null);
  const [saved, setSaved] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const c = count.data;

  useEffect(() => {
    if (c) setCounted(Object.fromEntries(c.lines.map((l) => [l.productId, l.counted ?? ''])));
  }, [c]);

  const dirty = useMemo(() => (c ? c.lines.some((l) => (counted[l.productId] ?? '') !== (l.counted ?? '')) : false), [c, counted]);
  const impacts = useMemo(
    () =>
      (c?.lines ?? []).map((l) => {
        const diff = differenceOf(counted[l.productId] ?? '', l.expected);
        return diff === null ? null : valueOf(diff, l.unitCost ?? '0', currency);
      }),
    [c, counted, currency],
  );

  if (!c) return <QueryState error={count.error} isPending={count.isPending} what="count sheet" />;
  const open = c.status === 'open' && can('inventory.count.manage');

  /** Saves the entered counts; returns the sheet's new version (the one read when nothing changed). */
  async function save(sheet: Count): Promise<number> {
    const lines = sheet.lines.filter((l) => (counted[l.productId] ?? '').trim() !== '' && (counted[l.productId] ?? '').trim() !== (l.counted ?? '')).map((l) => ({ productId: l.productId, counted: counted[l.productId]!.trim() }));
    if (lines.length === 0) return sheet.version;
    const after = unwrap(await api.PUT('/api/v1/stock/counts/{id}/lines', { params: { path: { id: sheet.id } }, headers: ifMatch(sheet.version), body: { lines } }));
    await queryClient.invalidateQueries({ queryKey: ['inventory', 'counts'] });
    return after.version;
  }

  function onSave() {
    if (!c) return;
    setSaved(false);
    void submit.run(async () => {
      await save(c);
      setSaved(true);
    });
  }

  async function onPost() {
    if (!c) return;
    const blank = c.lines.filter((l) => (counted[l.productId] ?? '').trim() === '').length;
    if (blank > 0) {
      submit.setMessage(`${blank} ${blank === 1 ? 'line has' : 'lines have'} no counted quantity yet. Count every line (0 when there is none) before posting.`);
      return;
    }
    const total = sumAmounts(impacts.filter((v): v is string => v !== null), currency);
    const ok = await confirm({
      title: 'Post this count?',
      message: `The stock of ${stores.nameOf(c.storeId)} becomes the counted quantities, with adjustments worth about ${formatMoney(total, currency)} (at average cost) posted to the ledger. A posted count cannot be changed.`,
      confirmLabel: 'Post count',
      destructive: true,
    });
    if (!ok) return;
    await submit.run(async () => {
      const version = await save(c);
      const result = unwrap(await api.POST('/api/v1/stock/counts/{id}/post', { params: { path: { id: c.id } }, headers: ifMatch(version) }));
      setPosted({ entryId: result.entryId, adjustments: result.adjustments });
      await invalidateStock(queryClient);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if (event.key === 'Enter' || (event.key === 'ArrowDown' && !event.altKey)) {
      event.preventDefault();
      inputs.current[index + 1]?.focus();
      inputs.current[index + 1]?.select();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      inputs.current[index - 1]?.focus();
      inputs.current[index - 1]?.select();
    }
  }

  const errors = submit.errors;
  const totalImpact = sumAmounts(impacts.filter((v): v is string => v !== null), currency);
  return (
    <Stack gap="md">
      <PageHeader title={`Stock count: ${stores.nameOf(c.storeId)}`} subtitle={`${formatDate(c.date)}${c.memo ? ` · ${c.memo}` : ''}`}>
        {c.status === 'open' ? (
          <Badge variant="dot" color="orange" data-testid="count-status">
            Open
          </Badge>
        ) : (
          <Badge variant="dot" color="teal" data-testid="count-status">
            Posted
          </Badge>
        )}
      </PageHeader>
      {posted && (
        <Alert color="teal" title="Count posted" role="status" data-testid="count-posted">
          {posted.adjustments === 0 ? 'The counts matched the stock: nothing to adjust.' : `${posted.adjustments} ${posted.adjustments === 1 ? 'adjustment' : 'adjustments'} posted. `}
          {posted.entryId && <EntryLink entryId={posted.entryId}>View the journal entry</EntryLink>}
        </Alert>
      )}
      {(submit.message || Object.keys(errors).length > 0) && (
        <Alert color="red" role="alert" title="Could not save the count" data-testid="form-errors">
          {submit.message ?? Object.values(errors).join(' ')}
        </Alert>
      )}
      {open && <Text size="sm">Type each counted quantity and press Enter to go to the next line. Blank lines are not counted yet; enter 0 for none.</Text>}
      <Paper withBorder p={0}>
        <Table.ScrollContainer minWidth={720} type="native" style={{ position: 'relative' }}>
          <Table verticalSpacing="xs" striped data-testid="count-lines">
            <caption>
              <VisuallyHidden>Count sheet lines</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Product</Table.Th>
                <Table.Th ta="right">Expected</Table.Th>
                <Table.Th ta="right">Counted</Table.Th>
                <Table.Th ta="right">Difference</Table.Th>
                <Table.Th ta="right">Unit cost</Table.Th>
                <Table.Th ta="right">Value impact</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.lines.map((l, i) => {
                const value = counted[l.productId] ?? '';
                const diff = differenceOf(value, l.expected);
                const name = l.productName ?? l.productId;
                return (
                  <Table.Tr key={l.productId} data-testid="count-line" style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <StockProductLink item={l} storeId={c.storeId} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Qty value={l.expected} />
                    </Table.Td>
                    <Table.Td ta="right">
                      {open ? (
                        <TextInput
                          ref={(el) => {
                            inputs.current[i] = el;
                          }}
                          aria-label={`Counted, ${name}`}
                          inputMode="decimal"
                          autoComplete="off"
                          size="xs"
                          w={110}
                          ml="auto"
                          styles={{ input: { textAlign: 'right' } }}
                          value={value}
                          onChange={(e) => {
                            const next = e.currentTarget.value;
                            setCounted((m) => ({ ...m, [l.productId]: next }));
                          }}
                          onKeyDown={(e) => onKeyDown(e, i)}
                          data-testid="count-input"
                        />
                      ) : (
                        <Qty value={l.counted} />
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Qty value={diff} testId="count-difference" />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money amount={l.unitCost} currency={currency} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money amount={impacts[i]} currency={currency} testId="count-impact" />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={5}>Total value impact</Table.Th>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  <Money amount={totalImpact} currency={currency} testId="count-total-impact" />
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {c.lines.length === 0 && <Text size="sm">The store held nothing when the count started.</Text>}
      {open && (
        <Group justify="flex-end" gap="xs">
          {saved && !dirty && (
            <Text size="sm" role="status" data-testid="count-saved">
              Saved.
            </Text>
          )}
          <Button variant="default" onClick={onSave} disabled={!dirty} loading={submit.submitting} data-testid="save-count">
            Save counts
          </Button>
          <Button color="red" onClick={() => void onPost()} loading={submit.submitting} data-testid="post-count">
            Post count
          </Button>
        </Group>
      )}
    </Stack>
  );
}
