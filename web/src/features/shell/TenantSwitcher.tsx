import { Button, NavLink, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { profileQuery } from '../../api/queries';
import { session } from '../../api/session';
import { useSession } from '../../api/use-session';

/**
 * The business you are working in; switch to another you belong to, or add one. A popover with
 * plain buttons (a dialog), not an ARIA menu: Mantine's Menu markup fails axe's
 * aria-required-children rule.
 */
export function TenantSwitcher() {
  const state = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { data: profile } = useQuery({ ...profileQuery, enabled: opened });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (state.status !== 'signed-in' || !state.tenant) return null;
  const current = state.tenant;

  async function switchTo(tenantId: string) {
    close();
    session.accept(unwrap(await api.POST('/api/v1/auth/switch-tenant', { body: { tenantId } })));
    queryClient.clear();
    await navigate({ to: '/' });
  }

  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-start" withinPortal trapFocus returnFocus width={280}>
      <Popover.Target>
        <Button
          variant="default"
          onClick={toggle}
          rightSection={<span aria-hidden="true">▾</span>}
          aria-label={`Business: ${current.name}. Switch business`}
          aria-expanded={opened}
          data-testid="tenant-switcher"
          maw={{ base: 160, sm: 280 }}
        >
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{current.name}</span>
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label="Your businesses">
        <Text size="sm" fw={600} px="xs" pb={4}>
          Your businesses
        </Text>
        <Stack gap={2}>
          {(profile?.memberships ?? []).map((m) => (
            <NavLink
              key={m.tenantId}
              component="button"
              label={`${m.tenantName} · ${m.role}`}
              active={m.tenantId === current.id}
              aria-current={m.tenantId === current.id ? 'true' : undefined}
              variant="filled"
              onClick={() => (m.tenantId === current.id ? close() : void switchTo(m.tenantId))}
            />
          ))}
          <NavLink
            component="button"
            label="Add a business…"
            onClick={() => {
              close();
              void navigate({ to: '/onboarding' });
            }}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
