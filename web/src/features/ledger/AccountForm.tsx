import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { CURRENCY_CODES } from '../../lib/list/decimal';
import { useSubmit } from '../../lib/use-submit';
import { ACCOUNT_TYPES, ifMatch, SUBTYPES, subtypeLabel, TYPE_LABELS, type Account, type AccountSubtype, type AccountType } from './api';
import { AccountPicker } from './shared';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The account to edit; a new one when absent. */
  account?: Account | undefined;
  accounts: readonly Account[];
  baseCurrency: string;
}

/** Create or change an account. Type, group and currency are fixed once the account exists. */
export function AccountForm({ opened, onClose, account, accounts, baseCurrency }: Props) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title={account ? `Edit ${account.code} · ${account.name}` : 'New account'} size="lg">
      {opened && <AccountFields key={account?.id ?? 'new'} account={account} accounts={accounts} baseCurrency={baseCurrency} onDone={onClose} />}
    </Modal>
  );
}

function AccountFields({ account, accounts, baseCurrency, onDone }: { account?: Account | undefined; accounts: readonly Account[]; baseCurrency: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [code, setCode] = useState(account?.code ?? '');
  const [name, setName] = useState(account?.name ?? '');
  const [type, setType] = useState<AccountType>(account?.type ?? 'expense');
  const [subtype, setSubtype] = useState<string>(account?.subtype ?? '');
  const [parentId, setParentId] = useState(account?.parentId ?? '');
  const [isGroup, setIsGroup] = useState(account?.isGroup ?? false);
  const [currency, setCurrency] = useState(account?.currency ?? baseCurrency);
  const [description, setDescription] = useState(account?.description ?? '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      const common = {
        code: code.trim(),
        name: name.trim(),
        subtype: (subtype || null) as AccountSubtype | null,
        parentId: parentId || null,
        description: description.trim() || null,
      };
      if (account) {
        unwrap(await api.PUT('/api/v1/accounts/{id}', { params: { path: { id: account.id } }, headers: ifMatch(account.version), body: common }));
      } else {
        unwrap(await api.POST('/api/v1/accounts', { body: { ...common, type, isGroup, currency } }));
      }
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={account ? 'Edit account' : 'New account'}>
      <Stack gap="sm">
        {submit.message && (
          <Alert color="red" role="alert" title="Could not save the account">
            {submit.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} error={submit.errors.code} maxLength={32} data-autofocus />
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={submit.errors.name} maxLength={200} />
          <Select
            label="Type"
            required
            disabled={Boolean(account)}
            data={ACCOUNT_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
            value={type}
            onChange={(value) => {
              if (!value) return;
              setType(value);
              setSubtype('');
              setParentId('');
            }}
            allowDeselect={false}
            error={submit.errors.type}
          />
          <Select label="Subtype" data={[{ value: '', label: 'None' }, ...SUBTYPES[type].map((s) => ({ value: s, label: subtypeLabel(s) }))]} value={subtype} onChange={(value) => setSubtype(value ?? '')} allowDeselect={false} error={submit.errors.subtype} />
          <AccountPicker
            label="Under group"
            placeholder="Top level"
            clearable
            accounts={accounts}
            only={(a) => a.isGroup && a.type === type && a.status === 'active' && a.id !== account?.id}
            value={parentId}
            onChange={setParentId}
            error={submit.errors.parentId}
          />
          <Select label="Currency" searchable disabled={Boolean(account)} data={[...CURRENCY_CODES]} value={currency} onChange={(value) => setCurrency(value ?? baseCurrency)} allowDeselect={false} error={submit.errors.currency} />
        </SimpleGrid>
        {!account && <Checkbox label="Group account (holds other accounts, takes no lines itself)" checked={isGroup} onChange={(e) => setIsGroup(e.currentTarget.checked)} />}
        <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={submit.errors.description} maxLength={1000} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={submit.submitting}>
            {account ? 'Save changes' : 'Create account'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
