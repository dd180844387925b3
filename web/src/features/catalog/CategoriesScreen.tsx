import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { RequirePermission } from '../../lib/Forbidden';
import { EmptyState, ListTable, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader } from '../ledger/shared';
import { categoriesQuery, ifMatch, type Category } from './api';
import { CategoryPicker } from './shared';
import { categoryRows, subtreeIds } from './tree';

export function CategoriesScreen() {
  return (
    <RequirePermission permission="catalog.product.read">
      <Categories />
    </RequirePermission>
  );
}

type Row = { category: Category; depth: number };

/** The category tree: add, rename, move under another category, delete an empty one. */
function Categories() {
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const categories = useQuery(categoriesQuery);
  const rows = useMemo(() => categoryRows(categories.data ?? []), [categories.data]);
  const manage = can('catalog.category.manage');
  const [editing, setEditing] = useState<{ category?: Category; parentId?: string } | null>(null);
  useShortcut('n', () => manage && setEditing({}), { description: 'New category' });
  const remove = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/categories/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['catalog'] }),
  });

  async function onDelete(category: Category) {
    const ok = await confirm({ title: `Delete ${category.path}?`, message: 'Only a category with no subcategories and no products can be deleted.', confirmLabel: 'Delete', destructive: true });
    if (ok) remove.mutate(category.id);
  }

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: 'Category',
      cell: ({ category, depth }) => (
        <Text size="sm" pl={depth * 20} fw={depth === 0 ? 700 : undefined} data-testid="category-name">
          {category.name}
        </Text>
      ),
    },
    { key: 'path', header: 'Path', cell: ({ category }) => category.path },
    {
      key: 'actions',
      header: 'Actions',
      cell: ({ category }) =>
        manage && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" onClick={() => setEditing({ parentId: category.id })} aria-label={`Add subcategory to ${category.name}`}>
              Add subcategory
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => setEditing({ category })} aria-label={`Edit ${category.name}`}>
              Edit
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => void onDelete(category)} aria-label={`Delete ${category.name}`}>
              Delete
            </Button>
          </Group>
        ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title="Categories" subtitle="Group products for search and reports; a category includes everything under it.">
        {manage && (
          <Button onClick={() => setEditing({})} data-testid="new-category">
            New category
          </Button>
        )}
      </PageHeader>
      {remove.error && (
        <Alert color="red" role="alert" title="Not deleted">
          {remove.error.message}
        </Alert>
      )}
      <ListTable
        caption="Categories"
        testId="categories"
        columns={columns}
        rows={categories.data ? rows : undefined}
        rowKey={(r) => r.category.id}
        loading={categories.isPending}
        error={categories.error}
        onRetry={() => void categories.refetch()}
        minWidth={560}
        empty={<EmptyState title="No categories yet" action={manage && <Group justify="center"><Button onClick={() => setEditing({})}>New category</Button></Group>}>Add categories such as Beverages or Stationery; press n.</EmptyState>}
      />
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} title={editing?.category ? `Edit ${editing.category.name}` : 'New category'}>
        {editing && <CategoryForm key={editing.category?.id ?? `new:${editing.parentId ?? ''}`} category={editing.category} parentId={editing.parentId} all={categories.data ?? []} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}

function CategoryForm({ category, parentId: initialParent, all, onDone }: { category?: Category | undefined; parentId?: string | undefined; all: readonly Category[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [name, setName] = useState(category?.name ?? '');
  const [parentId, setParentId] = useState(category?.parentId ?? initialParent ?? '');
  const exclude = useMemo(() => (category ? subtreeIds(all, category.id) : undefined), [all, category]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      const body = { name: name.trim(), parentId: parentId || null };
      if (category) unwrap(await api.PUT('/api/v1/categories/{id}', { params: { path: { id: category.id } }, headers: ifMatch(category.version), body }));
      else unwrap(await api.POST('/api/v1/categories', { body }));
      await queryClient.invalidateQueries({ queryKey: ['catalog'] });
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack gap="sm">
        {submit.message && (
          <Alert color="red" role="alert">
            {submit.message}
          </Alert>
        )}
        <TextInput label="Name" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={submit.errors.name} />
        <CategoryPicker label="Under" placeholder="Top level" clearable value={parentId} onChange={setParentId} exclude={exclude} error={submit.errors.parentId} comboboxProps={{ withinPortal: true }} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={submit.submitting} data-testid="save-category">
            {category ? 'Save' : 'Add category'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
