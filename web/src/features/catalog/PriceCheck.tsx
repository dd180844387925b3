import { Alert, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Money } from '../ledger/shared';
import { priceQuery, type Product, type ProductUnits } from './api';

const QUANTITY = /^(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/;

/** What a quantity costs today: the most specific price list, else the sale price (`/products/:id/price`). */
export function PriceCheck({ product, units }: { product: Product; units: ProductUnits | undefined }) {
  const [quantity, setQuantity] = useState('1');
  const [unit, setUnit] = useState(product.baseUnit);
  const [customerGroup, setCustomerGroup] = useState('');
  const [debounced] = useDebouncedValue({ quantity: quantity.trim(), unit, customerGroup: customerGroup.trim() }, 300);
  const valid = QUANTITY.test(debounced.quantity) && /[1-9]/.test(debounced.quantity);
  const price = useQuery({
    ...priceQuery(product.id, { quantity: debounced.quantity, unit: debounced.unit, ...(debounced.customerGroup && { customerGroup: debounced.customerGroup }) }),
    enabled: valid,
    retry: false,
  });
  const unitOptions = [product.baseUnit, ...(units?.units.map((u) => u.unit) ?? [])].map((u) => ({ value: u, label: u }));
  const data = price.data;
  return (
    <Card withBorder data-testid="price-check">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Price check
        </Title>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput label="Quantity" inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.currentTarget.value)} error={quantity.trim() && !QUANTITY.test(quantity.trim()) ? 'A positive number, up to 6 decimals' : undefined} w={120} data-testid="price-quantity" />
          <Select label="Unit" data={unitOptions} value={unit} onChange={(v) => v && setUnit(v)} allowDeselect={false} w={120} />
          <TextInput label="Customer group" placeholder="Any" value={customerGroup} onChange={(e) => setCustomerGroup(e.currentTarget.value)} w={160} />
        </Group>
        {price.error && (
          <Alert color="yellow" title="No price">
            {price.error.message}
          </Alert>
        )}
        {data && (
          <Stack gap={2} aria-live="polite">
            <Text size="sm">
              Unit price{' '}
              <Text span fw={700} data-testid="price-unit">
                <Money amount={data.unitPrice} currency={data.currency} />
              </Text>{' '}
              per {data.unit}; {data.quantity} {data.unit} cost{' '}
              <Text span fw={700} data-testid="price-amount">
                <Money amount={data.amount} currency={data.currency} />
              </Text>
              {data.taxInclusive ? ' (tax included)' : ' (before tax)'}
            </Text>
            <Text size="sm" data-testid="price-source">
              {data.source.kind === 'price_list' ? `From price list “${data.source.priceListName ?? ''}”${data.source.minQuantity && data.source.minQuantity !== '0' ? `, from ${data.source.minQuantity} ${data.source.unit ?? ''}` : ''}` : 'From the product’s sale price'}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
