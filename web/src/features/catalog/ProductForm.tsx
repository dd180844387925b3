import { Alert, Button, Checkbox, Fieldset, Group, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { parseAmountInput } from '../../lib/list/decimal';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader, useBaseCurrency } from '../ledger/shared';
import { GST_RATES, ifMatch, productQuery, productUnitsQuery, unitsQuery, type Product, type ProductBody } from './api';
import { editProductRoute } from './routes';
import { CategoryPicker } from './shared';
import { HsnPicker } from '../tax/HsnPicker';

export function NewProduct() {
  return (
    <RequirePermission permission="catalog.product.create">
      <ProductForm />
    </RequirePermission>
  );
}

export function EditProduct() {
  const { productId } = editProductRoute.useParams();
  const product = useQuery(productQuery(productId));
  const units = useQuery(productUnitsQuery(productId));
  return (
    <RequirePermission permission="catalog.product.update">
      {product.data && units.data ? <ProductForm product={product.data} alternates={units.data.units} /> : <QueryState error={product.error ?? units.error} isPending={product.isPending || units.isPending} what="product" />}
    </RequirePermission>
  );
}

interface UnitDraft {
  unit: string;
  factor: string;
}

const FACTOR = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,9})?$/;

/** Create or change a product or service, with its alternate units ("box of 12"). */
function ProductForm({ product, alternates }: { product?: Product; alternates?: UnitDraft[] }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const base = useBaseCurrency();
  const units = useQuery(unitsQuery);
  const [type, setType] = useState<'goods' | 'service'>(product?.type ?? 'goods');
  const [name, setName] = useState(product?.name ?? '');
  const [sku, setSku] = useState(product?.sku ?? '');
  const [barcode, setBarcode] = useState(product?.barcode ?? '');
  const [hsnSac, setHsnSac] = useState(product?.hsnSac ?? '');
  const [baseUnit, setBaseUnit] = useState(product?.baseUnit ?? 'pcs');
  const [gstRate, setGstRate] = useState(product?.tax.gstRate ?? '');
  const [salePrice, setSalePrice] = useState(product?.salePrice ?? '');
  const [purchasePrice, setPurchasePrice] = useState(product?.purchasePrice ?? '');
  const [categoryId, setCategoryId] = useState(product?.categoryId ?? '');
  const [trackInventory, setTrackInventory] = useState(product?.trackInventory ?? true);
  const [tags, setTags] = useState<string[]>(product?.tags ?? []);
  const [description, setDescription] = useState(product?.description ?? '');
  const [alternateUnits, setAlternateUnits] = useState<UnitDraft[]>(alternates ?? []);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...clientErrors, ...submit.errors };
  const currency = product?.currency ?? base;
  const unitOptions = (units.data ?? []).filter((u) => u.status === 'active').map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
  if (!unitOptions.some((u) => u.value === baseUnit)) unitOptions.push({ value: baseUnit, label: baseUnit });

  function check(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!name.trim()) out.name = 'Enter a name.';
    if (!sku.trim()) out.sku = 'Enter a SKU, e.g. TEA-250.';
    if (hsnSac.trim() && !/^[0-9]{4,8}$/.test(hsnSac.trim())) out.hsnSac = 'An HSN or SAC code has 4 to 8 digits.';
    for (const [key, value] of [['salePrice', salePrice], ['purchasePrice', purchasePrice]] as const) {
      const parsed = parseAmountInput(value, currency);
      if (!parsed.ok) out[key] = parsed.error;
    }
    alternateUnits.forEach((u, i) => {
      if (!u.unit) out[`alternate[${i}].unit`] = 'Choose a unit.';
      else if (u.unit === baseUnit) out[`alternate[${i}].unit`] = 'The base unit is not an alternate unit.';
      if (!FACTOR.test(u.factor.trim()) || !/[1-9]/.test(u.factor)) out[`alternate[${i}].factor`] = `How many ${baseUnit} in one ${u.unit || 'unit'}, e.g. 12.`;
    });
    return out;
  }

  const money = (value: string) => {
    const parsed = parseAmountInput(value, currency);
    return parsed.ok && parsed.value !== '' ? parsed.value : null;
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    await submit.run(async () => {
      const common = {
        sku: sku.trim(),
        barcode: barcode.trim() || null,
        name: name.trim(),
        description: description.trim() || null,
        hsnSac: hsnSac.trim() || null,
        baseUnit,
        gstRate: gstRate || null,
        salePrice: money(salePrice),
        purchasePrice: money(purchasePrice),
        trackInventory: type === 'goods' && trackInventory,
        categoryId: categoryId || null,
        tags,
      };
      const saved = product
        ? unwrap(await api.PUT('/api/v1/products/{id}', { params: { path: { id: product.id } }, headers: ifMatch(product.version), body: common }))
        : unwrap(await api.POST('/api/v1/products', { body: { ...common, type } satisfies ProductBody }));
      const unitsBody = { units: alternateUnits.map((u) => ({ unit: u.unit, factor: u.factor.trim() })) };
      if (alternateUnits.length > 0 || (alternates?.length ?? 0) > 0) {
        try {
          unwrap(await api.PUT('/api/v1/products/{id}/units', { params: { path: { id: saved.id } }, body: unitsBody }));
        } catch (error) {
          // The product is saved; stay on its edit screen so the units can be fixed.
          await queryClient.invalidateQueries({ queryKey: ['catalog'] });
          if (!product) await navigate({ to: '/catalog/products/$productId/edit', params: { productId: saved.id }, replace: true });
          throw error;
        }
      }
      await queryClient.invalidateQueries({ queryKey: ['catalog'] });
      await navigate({ to: '/catalog/products/$productId', params: { productId: saved.id } });
    });
  }

  const setUnit = (i: number, change: Partial<UnitDraft>) => setAlternateUnits((us) => us.map((u, j) => (j === i ? { ...u, ...change } : u)));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack gap="md">
        <PageHeader title={product ? `Edit ${product.name}` : 'New product'} />
        {submit.message && (
          <Alert color="red" role="alert" title="Not saved">
            {submit.message}
          </Alert>
        )}
        {Object.keys(submit.errors).length > 0 && (
          <Alert color="red" role="alert" title="Not saved">
            Fix the fields marked below.
          </Alert>
        )}
        {!product && (
          <SegmentedControl
            aria-label="Product type"
            value={type}
            onChange={(v) => setType(v === 'service' ? 'service' : 'goods')}
            data={[
              { value: 'goods', label: 'Goods' },
              { value: 'service', label: 'Service' },
            ]}
          />
        )}
        <Fieldset legend="Identity">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
            <TextInput label="SKU" required value={sku} onChange={(e) => setSku(e.currentTarget.value)} error={errors.sku} styles={{ input: { fontFamily: 'monospace' } }} />
            <TextInput label="Barcode" value={barcode} onChange={(e) => setBarcode(e.currentTarget.value)} error={errors.barcode} />
            <CategoryPicker label="Category" clearable placeholder="None" value={categoryId} onChange={setCategoryId} error={errors.categoryId} />
            <TagsInput label="Tags" value={tags} onChange={setTags} error={errors.tags} />
          </SimpleGrid>
          <Textarea mt="sm" label="Description" autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} />
        </Fieldset>
        <Fieldset legend="Tax and prices">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <HsnPicker
              label={type === 'goods' ? 'HSN code' : 'SAC code'}
              value={hsnSac}
              onChange={setHsnSac}
              onRateSuggested={(rate) => {
                // The master's rate in force fills an empty GST rate; a rate already chosen stays.
                if (rate !== null && !gstRate && (GST_RATES as readonly string[]).includes(rate)) setGstRate(rate);
              }}
              error={errors.hsnSac}
              data-testid="product-hsn"
            />
            <Select label="GST rate" clearable placeholder="Not set" data={GST_RATES.map((r) => ({ value: r, label: `${r}%` }))} value={gstRate || null} onChange={(v) => setGstRate(v ?? '')} error={errors.gstRate} />
            <MoneyInput label={`Sale price (${currency})`} currency={currency} value={salePrice} onChange={setSalePrice} error={errors.salePrice} />
            <MoneyInput label={`Purchase price (${currency})`} currency={currency} value={purchasePrice} onChange={setPurchasePrice} error={errors.purchasePrice} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Units">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select label="Base unit" searchable data={unitOptions} value={baseUnit} onChange={(v) => v && setBaseUnit(v)} allowDeselect={false} error={errors.baseUnit} />
              {type === 'goods' && <Checkbox mt={{ sm: 30 }} label="Track stock" checked={trackInventory} onChange={(e) => setTrackInventory(e.currentTarget.checked)} />}
            </SimpleGrid>
            <Text size="sm">Alternate units: one of each holds a number of base units, e.g. a box of 12 {baseUnit}.</Text>
            {alternateUnits.map((u, i) => (
              <Group key={i} align="flex-start" gap="sm" wrap="wrap" data-testid="alternate-unit">
                <Select label="Unit" searchable data={unitOptions.filter((o) => o.value !== baseUnit)} value={u.unit || null} onChange={(v) => setUnit(i, { unit: v ?? '' })} error={errors[`alternate[${i}].unit`] ?? errors[`units[${i}].unit`]} w={200} />
                <TextInput label={`${baseUnit} in one`} inputMode="decimal" value={u.factor} onChange={(e) => setUnit(i, { factor: e.currentTarget.value })} error={errors[`alternate[${i}].factor`] ?? errors[`units[${i}].factor`]} w={140} />
                <Button mt={24} variant="default" onClick={() => setAlternateUnits((us) => us.filter((_, j) => j !== i))} aria-label={`Remove alternate unit ${i + 1}`}>
                  Remove
                </Button>
              </Group>
            ))}
            <Group>
              <Button variant="default" onClick={() => setAlternateUnits((us) => [...us, { unit: '', factor: '' }])} data-testid="add-unit">
                Add an alternate unit
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={submit.submitting} data-testid="save-product">
            {product ? 'Save changes' : 'Create product'}
          </Button>
          <Button variant="default" onClick={() => window.history.back()}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
