import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import type { Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { Qty, useStores } from '../inventory/shared';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { orderQuery, receiptQuery, type Receipt } from './api';
import { receiptRoute } from './routes';
import { Fact, LinesTable, OrderLink, PostedEntryLink, VendorName } from './shared';

export function ReceiptDetail() {
  return (
    <RequirePermission permission="purchases.receipt.read">
      <Detail />
    </RequirePermission>
  );
}

type Line = Receipt['lines'][number];

/** One goods receipt: what came in, at what value, how much of it is billed. */
function Detail() {
  const { receiptId } = receiptRoute.useParams();
  const navigate = useNavigate();
  const can = useCan();
  const stores = useStores();
  const receipt = useQuery(receiptQuery(receiptId));
  const order = useQuery({ ...orderQuery(receipt.data?.orderId ?? ''), enabled: Boolean(receipt.data) && can('purchases.order.read') });
  if (!receipt.data) return <QueryState error={receipt.error} isPending={receipt.isPending} what="the goods receipt" />;
  const r = receipt.data;
  const describe = (l: Line) => order.data?.lines.find((x) => x.id === l.orderLineId)?.description ?? '…';
  const unbilled = r.lines.some((l) => new Decimal(l.quantity).gt(l.billedQuantity));
  const columns: Column<Line>[] = [
    { key: 'no', header: '#', cell: (l) => l.lineNo },
    { key: 'product', header: 'Product', cell: describe },
    { key: 'quantity', header: 'Received', numeric: true, cell: (l) => <Qty value={l.quantity} testId="receipt-quantity" /> },
    { key: 'billed', header: 'Billed', numeric: true, cell: (l) => <Qty value={l.billedQuantity} testId="receipt-billed" /> },
    { key: 'price', header: 'Unit price', numeric: true, cell: (l) => <Money amount={l.unitPrice} currency={r.currency} /> },
    { key: 'value', header: 'Value', numeric: true, cell: (l) => <Money amount={l.value} currency={r.currency} /> },
  ];
  return (
    <Stack gap="md">
      <PageHeader title={`Goods receipt ${r.number}`} subtitle="Stock in at the order price (Dr Inventory, Cr Stock Received Not Billed).">
        {unbilled && can('purchases.bill.manage') && (
          <Button variant="default" onClick={() => void navigate({ to: '/purchases/bills/new', search: { orderId: r.orderId } })} data-testid="create-bill">
            Create bill
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" component="dl" m={0}>
        <Fact label="Vendor">
          <VendorName id={r.vendorId} />
        </Fact>
        <Fact label="Purchase order">
          <OrderLink id={r.orderId}>{order.data?.number ?? 'Order'}</OrderLink>
        </Fact>
        <Fact label="Received on">{formatDate(r.date)}</Fact>
        <Fact label="Store">{stores.nameOf(r.storeId)}</Fact>
      </SimpleGrid>
      <LinesTable caption="Received lines" testId="receipt-lines" columns={columns} rows={r.lines} rowKey={(l) => l.id} minWidth={620} />
      <Text size="sm">
        Value <Money amount={r.value} currency={r.currency} testId="receipt-total" />
        {/^1(\.0+)?$/.test(r.exchangeRate) ? '' : ` at the exchange rate ${r.exchangeRate}`}
        {r.entryId && (
          <>
            {' · '}
            <PostedEntryLink entryId={r.entryId} />
          </>
        )}
      </Text>
      {r.notes && <Text size="sm">{r.notes}</Text>}
    </Stack>
  );
}
