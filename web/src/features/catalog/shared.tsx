import { Anchor, Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { categoriesQuery, productsQuery } from './api';
import { categoryRows } from './tree';

export function ProductLink({ product }: { product: { id: string; name: string } }) {
  return (
    <Anchor size="sm" data-testid="product-link" renderRoot={(props) => <Link {...props} to="/catalog/products/$productId" params={{ productId: product.id }} />}>
      {product.name}
    </Anchor>
  );
}

/** A category select in tree order, each shown with its path. */
export function CategoryPicker({ value, onChange, exclude, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string; onChange: (id: string) => void; exclude?: ReadonlySet<string> }) {
  const categories = useQuery(categoriesQuery);
  const data = useMemo(() => categoryRows(categories.data ?? []).filter((r) => !exclude?.has(r.category.id)).map((r) => ({ value: r.category.id, label: r.category.path })), [categories.data, exclude]);
  return <Select searchable nothingFoundMessage="No matching category" {...props} data={data} value={value || null} onChange={(id) => onChange(id ?? '')} />;
}

/**
 * A product select that searches the server (name, SKU, barcode, HSN) as you type; products seen
 * once stay known, so the chosen one keeps its label whatever the current search.
 */
export function ProductPicker({ value, onChange, known, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & { value: string; onChange: (id: string) => void; known?: { id: string; name: string; sku: string }[] }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [seen] = useState(() => new Map<string, string>());
  const labelOf = (p: { name: string; sku: string }) => `${p.name} (${p.sku})`;
  const chosenLabel = seen.get(value);
  const q = debounced && debounced !== chosenLabel ? debounced.slice(0, 100) : undefined;
  const products = useQuery(productsQuery({ status: 'active', ...(q && { q }) }));
  const data = useMemo(() => {
    for (const p of known ?? []) seen.set(p.id, labelOf(p));
    const found = products.data?.items ?? [];
    for (const p of found) seen.set(p.id, labelOf(p));
    const ids = new Set([...found.map((p) => p.id), ...(value ? [value] : [])]);
    return [...ids].filter((id) => seen.has(id)).map((id) => ({ value: id, label: seen.get(id) ?? id }));
  }, [products.data, known, seen, value]);
  return <Select searchable filter={({ options }) => options} nothingFoundMessage={products.isFetching ? 'Searching…' : 'No matching product'} {...props} data={data} value={value || null} onChange={(id) => onChange(id ?? '')} searchValue={search} onSearchChange={setSearch} />;
}
