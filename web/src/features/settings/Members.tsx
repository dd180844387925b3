import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../api/use-session';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { formatDate, invitationsQuery, membersQuery, rolesQuery } from './queries';

const BUILT_IN = ['owner', 'admin', 'accountant', 'sales', 'viewer'] as const;
type BuiltIn = (typeof BUILT_IN)[number];

/** A role choice as one Select value: a built-in role name or `custom:<id>`. */
type Choice = { role: BuiltIn } | { role: 'custom'; customRoleId: string };
const choiceOf = (value: string): Choice => (value.startsWith('custom:') ? { role: 'custom', customRoleId: value.slice(7) } : { role: value as BuiltIn });
const valueOf = (m: { role: string; customRoleId: string | null }) => (m.role === 'custom' && m.customRoleId ? `custom:${m.customRoleId}` : m.role);

function useRoleOptions(includeOwner: boolean) {
  const can = useCan();
  const { data } = useQuery({ ...rolesQuery, enabled: can('identity.roles.read') });
  const custom = (data?.items ?? []).filter((r) => !r.builtIn && r.id).map((r) => ({ value: `custom:${r.id}`, label: r.name }));
  return [{ group: 'Built-in roles', items: BUILT_IN.filter((r) => includeOwner || r !== 'owner').map((r) => ({ value: r, label: r })) }, ...(custom.length ? [{ group: 'Custom roles', items: custom }] : [])];
}

export function Members() {
  return (
    <RequirePermission permission="identity.members.read">
      <MembersScreen />
    </RequirePermission>
  );
}

function MembersScreen() {
  const state = useSession();
  const tenantId = state.status === 'signed-in' ? (state.tenant?.id ?? '') : '';
  const isOwner = state.status === 'signed-in' && state.tenant?.role === 'owner';
  const selfId = state.status === 'signed-in' ? state.user.id : '';
  const can = useCan();
  const manage = can('identity.members.manage');
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const members = useQuery(membersQuery(tenantId));
  const invitations = useQuery(invitationsQuery(tenantId));
  const roleOptions = useRoleOptions(isOwner);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['members'] }), queryClient.invalidateQueries({ queryKey: ['invitations'] })]);

  const changeRole = useMutation({
    mutationFn: async ({ userId, value }: { userId: string; value: string }) =>
      unwrap(await api.PUT('/api/v1/tenants/{id}/members/{userId}', { params: { path: { id: tenantId, userId } }, body: choiceOf(value) })),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: async (userId: string) => unwrap(await api.DELETE('/api/v1/tenants/{id}/members/{userId}', { params: { path: { id: tenantId, userId } } })),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: async (invitationId: string) =>
      unwrap(await api.DELETE('/api/v1/tenants/{id}/invitations/{invitationId}', { params: { path: { id: tenantId, invitationId } } })),
    onSettled: refresh,
  });
  // There is no resend endpoint: resending revokes the open invitation and sends a new one.
  const resend = useMutation({
    mutationFn: async (inv: { id: string; email: string; role: string; customRoleId: string | null }) => {
      unwrap(await api.DELETE('/api/v1/tenants/{id}/invitations/{invitationId}', { params: { path: { id: tenantId, invitationId: inv.id } } }));
      return unwrap(await api.POST('/api/v1/tenants/{id}/members', { params: { path: { id: tenantId } }, body: { email: inv.email, ...choiceOf(valueOf(inv)) } }));
    },
    onSettled: refresh,
  });
  const failed = changeRole.error ?? remove.error ?? revoke.error ?? resend.error;

  async function onRemove(m: { userId: string; name: string; email: string }) {
    const yes = await confirm({
      title: 'Remove member',
      message: `${m.name} (${m.email}) will lose access to this business at once.`,
      confirmLabel: 'Remove member',
      destructive: true,
    });
    if (yes) remove.mutate(m.userId);
  }

  async function onRevoke(inv: { id: string; email: string }) {
    const yes = await confirm({ title: 'Revoke invitation', message: `The link sent to ${inv.email} will stop working.`, confirmLabel: 'Revoke invitation', destructive: true });
    if (yes) revoke.mutate(inv.id);
  }

  const open = (invitations.data?.items ?? []).filter((i) => i.status === 'open');
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Members
      </Title>
      {manage && <InviteForm tenantId={tenantId} roleOptions={roleOptions} onInvited={refresh} />}
      {failed && (
        <Alert color="red" role="alert" title="That did not work">
          {errorText(failed)}
        </Alert>
      )}
      <QueryState error={members.error} isPending={members.isPending} what="members" />
      {members.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="members-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Joined</Table.Th>
                {manage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.items.map((m) => (
                <Table.Tr key={m.userId} data-testid="member-row">
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>
                    {manage && m.userId !== selfId && (m.role !== 'owner' || isOwner) ? (
                      <Select
                        aria-label={`Role of ${m.name}`}
                        size="xs"
                        w={160}
                        allowDeselect={false}
                        data={roleOptions}
                        value={valueOf(m)}
                        onChange={(value) => value && value !== valueOf(m) && changeRole.mutate({ userId: m.userId, value })}
                      />
                    ) : (
                      (m.customRoleName ?? m.role)
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(m.joinedAt)}</Table.Td>
                  {manage && (
                    <Table.Td>
                      {m.userId !== selfId && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => void onRemove(m)} aria-label={`Remove ${m.name}`}>
                          Remove
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3">
        Pending invitations
      </Title>
      {open.length === 0 && !invitations.isPending && <Text>No open invitations.</Text>}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {open.map((inv) => (
          <Card withBorder component="li" key={inv.id} data-testid="invitation">
            <Group justify="space-between" gap="sm">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{inv.email}</Text>
                  <Badge variant="dot">{inv.role}</Badge>
                </Group>
                <Text size="sm">
                  Sent {formatDate(inv.createdAt)} · expires {formatDate(inv.expiresAt)}
                </Text>
              </Stack>
              {manage && (
                <Group gap="xs">
                  <Button size="xs" variant="default" loading={resend.isPending && resend.variables.id === inv.id} onClick={() => resend.mutate(inv)}>
                    Resend
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => void onRevoke(inv)}>
                    Revoke
                  </Button>
                </Group>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}

function InviteForm({ tenantId, roleOptions, onInvited }: { tenantId: string; roleOptions: ReturnType<typeof useRoleOptions>; onInvited: () => Promise<unknown> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('viewer');
  const [sent, setSent] = useState<string | null>(null);
  const form = useSubmit();
  const emailRef = useRef<HTMLInputElement>(null);
  useShortcut('n', () => emailRef.current?.focus(), { description: 'Invite a member' });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    void form.run(async () => {
      const invitation = unwrap(await api.POST('/api/v1/tenants/{id}/members', { params: { path: { id: tenantId } }, body: { email, ...choiceOf(role) } }));
      setSent(invitation.email);
      setEmail('');
      await onInvited();
    });
  }

  return (
    <Card withBorder component="section" aria-labelledby="invite-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="invite-title">
            Invite someone
          </Title>
          {form.message && (
            <Alert color="red" role="alert" title="Could not send the invitation">
              {form.message}
            </Alert>
          )}
          {sent && (
            <Alert color="green" role="status" title="Invitation sent">
              {sent} got an email with a link to join. It works once and expires in 7 days.
            </Alert>
          )}
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              ref={emailRef}
              label="Email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={form.errors.email}
              style={{ flex: '1 1 220px' }}
            />
            <Select
              label="Role"
              required
              allowDeselect={false}
              data={roleOptions}
              value={role}
              onChange={(v) => v && setRole(v)}
              error={form.errors.role ?? form.errors.customRoleId}
              w={180}
            />
          </Group>
          <Group>
            <Button type="submit" loading={form.submitting}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
