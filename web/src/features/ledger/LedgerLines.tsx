import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CursorPagination, EmptyState, ListTable, useCursorPager, type Column } from '../../lib/list';
import { generalLedgerQuery, type LedgerLine } from './api';
import { formatDate } from './dates';
import { accountLabel, EntryLink, Money, useAccounts } from './shared';

interface Props {
  accountId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  onCursor: (cursor: string | undefined) => void;
  empty: ReactNode;
}

/**
 * General ledger lines with the running balance (base currency; also in the account's currency
 * when one account is shown). Each line links to its journal entry.
 */
export function LedgerLines({ accountId, from, to, cursor, onCursor, empty }: Props) {
  const accounts = useAccounts();
  const query = useQuery(generalLedgerQuery({ ...(accountId && { accountId }), ...(from && { from }), ...(to && { to }), ...(cursor && { cursor }) }));
  const pager = useCursorPager(cursor, query.data?.nextCursor, onCursor);
  const base = query.data?.baseCurrency ?? 'INR';
  const own = query.data?.accountCurrency;
  const showOwn = Boolean(accountId && own && own !== base);

  const columns: Column<LedgerLine>[] = [
    { key: 'date', header: 'Date', cell: (l) => formatDate(l.date) },
    { key: 'entry', header: 'Entry', cell: (l) => <EntryLink entryId={l.entryId} testId="ledger-entry-link">{l.memo ?? l.reference ?? `${l.source.module} entry`}</EntryLink> },
    ...(accountId ? [] : [{ key: 'account', header: 'Account', cell: (l: LedgerLine) => accountLabel(accounts.byId.get(l.accountId)) }]),
    { key: 'reference', header: 'Reference', cell: (l) => l.reference ?? '' },
    { key: 'debit', header: 'Debit', numeric: true, cell: (l) => <Money amount={l.baseDebit} currency={base} hideZero /> },
    { key: 'credit', header: 'Credit', numeric: true, cell: (l) => <Money amount={l.baseCredit} currency={base} hideZero /> },
    ...(showOwn && own ? [{ key: 'own', header: `Balance (${own})`, numeric: true, cell: (l: LedgerLine) => <Money amount={l.runningBalance} currency={own} /> }] : []),
    { key: 'running', header: `Balance (${base})`, numeric: true, cell: (l) => <Money amount={l.runningBaseBalance} currency={base} testId="running-balance" /> },
  ];

  return (
    <>
      {query.data && (from || accountId) && !cursor && (
        <Text size="sm" data-testid="opening-balance">
          Opening balance{from ? ` before ${formatDate(from)}` : ''}: <Money amount={query.data.openingBaseBalance} currency={base} /> (debit positive)
        </Text>
      )}
      <ListTable caption="General ledger lines" testId="ledger-lines" columns={columns} rows={query.data?.items} rowKey={(l) => `${l.entryId}#${l.lineNo}`} loading={query.isPending} error={query.error} onRetry={() => void query.refetch()} empty={<>{empty}</>} minWidth={760} />
      <CursorPagination pager={pager} />
    </>
  );
}

export function NoLines({ filtered }: { filtered: boolean }) {
  return <EmptyState title={filtered ? 'No lines match' : 'Nothing posted yet'}>{filtered ? 'Change the account or the dates.' : 'Posted journal entries and transactions show up here, line by line.'}</EmptyState>;
}
