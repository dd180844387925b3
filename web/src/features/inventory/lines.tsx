/** Product lines of the stock forms (receipt, adjustment, transfer): product, quantity, optional unit cost. */
import { ActionIcon, Button, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { MoneyInput } from '../../lib/money-input';
import { ProductPicker } from '../catalog/shared';

export interface FormLine {
  key: number;
  productId: string;
  quantity: string;
  unitCost: string;
}

let nextKey = 1;
export const blankLine = (productId = ''): FormLine => ({ key: nextKey++, productId, quantity: '', unitCost: '' });

/**
 * The lines table. `cost`: 'required' (receipt), 'optional' (adjustment: only for increases) or
 * 'none' (transfer: at the source's cost). `errors` are the form's field errors (`lines[0].quantity`).
 */
export function LinesEditor({
  lines,
  setLines,
  errors,
  currency,
  cost,
  signed,
}: {
  lines: FormLine[];
  setLines: (update: (lines: FormLine[]) => FormLine[]) => void;
  errors: Record<string, string>;
  currency: string;
  cost: 'required' | 'optional' | 'none';
  /** Quantities may be negative (adjustments). */
  signed?: boolean;
}) {
  const update = (key: number, patch: Partial<FormLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const err = (i: number, field: string) => errors[`lines[${i}].${field}`];
  return (
    <>
      <Table.ScrollContainer minWidth={620} type="native" style={{ position: 'relative' }}>
        <Table verticalSpacing="xs" data-testid="move-lines">
          <caption>
            <VisuallyHidden>Lines</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="46%">Product</Table.Th>
              <Table.Th ta="right">{signed ? 'Quantity (+ in, − out)' : 'Quantity'}</Table.Th>
              {cost !== 'none' && <Table.Th ta="right">{cost === 'required' ? `Unit cost (${currency})` : `Unit cost (${currency}, increases)`}</Table.Th>}
              <Table.Th w={48}>
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, i) => {
              const n = i + 1;
              return (
                <Table.Tr key={line.key} data-testid="move-line" style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <ProductPicker aria-label={`Product, line ${n}`} value={line.productId} onChange={(id) => update(line.key, { productId: id })} error={err(i, 'productId') ?? errors[`lines[${i}]`]} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Quantity, line ${n}`}
                      inputMode="decimal"
                      autoComplete="off"
                      styles={{ input: { textAlign: 'right' } }}
                      value={line.quantity}
                      onChange={(e) => update(line.key, { quantity: e.currentTarget.value })}
                      error={err(i, 'quantity')}
                    />
                  </Table.Td>
                  {cost !== 'none' && (
                    <Table.Td>
                      <MoneyInput aria-label={`Unit cost, line ${n}`} currency={currency} value={line.unitCost} onChange={(v) => update(line.key, { unitCost: v })} error={err(i, 'unitCost')} />
                    </Table.Td>
                  )}
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
    </>
  );
}
