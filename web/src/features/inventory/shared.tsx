/** Pieces the stock screens share: stores by id and a store picker, quantities, values of quantities. */
import { Anchor, Badge, Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { useMemo } from 'react';
import { currencyExponent } from '../../lib/list/decimal';
import { storesQuery } from '../settings/queries';

/** The business's active stores, and a name for any id (archived stores show as such). */
export function useStores() {
  const active = useQuery(storesQuery('active'));
  const archived = useQuery(storesQuery('archived'));
  const byId = useMemo(() => new Map([...(active.data?.items ?? []), ...(archived.data?.items ?? [])].map((s) => [s.id, s])), [active.data, archived.data]);
  return { active: active.data?.items, isPending: active.isPending, error: active.error, byId, nameOf: (id: string) => byId.get(id)?.name ?? '…' };
}

/** A select of the active stores. */
export function StorePicker({ value, onChange, exclude, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string; onChange: (id: string) => void; exclude?: string }) {
  const stores = useStores();
  const data = useMemo(() => (stores.active ?? []).filter((s) => s.id !== exclude).map((s) => ({ value: s.id, label: s.code ? `${s.name} (${s.code})` : s.name })), [stores.active, exclude]);
  return <Select searchable nothingFoundMessage="No matching store" {...props} data={data} value={value || null} onChange={(id) => onChange(id ?? '')} />;
}

/** A quantity as the API carries it (a decimal string), in tabular figures. */
export function Qty({ value, testId }: { value: string | null | undefined; testId?: string }) {
  if (value === null || value === undefined) return null;
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
      {value}
    </span>
  );
}

/** quantity × unit cost, rounded half-up to the currency's minor unit, as a decimal string (never a JS number). */
export function valueOf(quantity: string, unitCost: string, currency: string): string {
  const exponent = currencyExponent(currency) ?? 2;
  return new Decimal(quantity).mul(unitCost).toDecimalPlaces(exponent, Decimal.ROUND_HALF_UP).toFixed(exponent);
}

/** The product's name (and SKU) from a stock answer, linking to its stock ledger. */
export function StockProductLink({ item, storeId }: { item: { productId: string; productName?: string; sku?: string }; storeId?: string }) {
  return (
    <Anchor size="sm" data-testid="stock-product" renderRoot={(props) => <Link {...props} to="/stock/products/$productId/ledger" params={{ productId: item.productId }} search={storeId ? { storeId } : {}} />}>
      {item.productName ?? item.productId}
      {item.sku ? ` (${item.sku})` : ''}
    </Anchor>
  );
}

export function LowBadge() {
  return (
    <Badge variant="dot" color="red" data-testid="low-stock">
      Low
    </Badge>
  );
}

/** Whether a decimal string is a positive quantity the server takes (up to 6 decimals). */
export const isQuantity = (s: string) => /^[0-9]{1,12}(\.[0-9]{1,6})?$/.test(s.trim()) && !/^0+(\.0+)?$/.test(s.trim());
