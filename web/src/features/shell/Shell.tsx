import { AppShell, Burger, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useSession } from '../../api/use-session';
import { NAV, NAV_SECTIONS, type NavItem } from '../../app/nav';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { signOut } from './sign-out';
import { TenantSwitcher } from './TenantSwitcher';
import { ThemeToggle } from './ThemeToggle';

const isActive = (item: NavItem, pathname: string) => (item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`));

/** `g m` and friends: one component per nav item, so the number of hooks never changes. */
function NavShortcut({ item }: { item: NavItem & { shortcut: string } }) {
  const navigate = useNavigate();
  useShortcut(item.shortcut, () => void navigate({ to: item.to }), { description: `Go to ${item.label.toLowerCase()}` });
  return null;
}

function NavLinks({ items, pathname, onNavigate }: { items: NavItem[]; pathname: string; onNavigate: () => void }) {
  return items.map((item) => (
    <NavLink
      key={item.to}
      label={item.label}
      active={isActive(item, pathname)}
      variant="filled"
      renderRoot={(props) => <Link to={item.to} {...props} />}
      onClick={onNavigate}
    />
  ));
}

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const state = useSession();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const user = state.status === 'signed-in' ? state.user : null;
  const can = useCan();
  const allowed = NAV.filter((item) => can(item.permission));
  const main = allowed.filter((item) => !item.section);
  const sections = NAV_SECTIONS.map((name) => ({ name, items: allowed.filter((item) => item.section === name) })).filter((s) => s.items.length > 0);

  async function onSignOut() {
    await signOut(queryClient);
    await navigate({ to: '/sign-in' });
  }

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
            <Text fw={700} size="lg" visibleFrom="xs" component="span">
              Kontor
            </Text>
            <TenantSwitcher />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ThemeToggle />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={`Account menu for ${user?.name ?? ''}`} data-testid="user-menu" px="xs">
                  <Text size="sm" fw={500} truncate maw={{ base: 90, sm: 200 }}>
                    {user?.name}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown aria-label={`Signed in as ${user?.email ?? ''}`}>
                <Menu.Item onClick={() => void navigate({ to: '/settings/profile' })}>Profile</Menu.Item>
                <Menu.Item onClick={() => void onSignOut()} data-testid="sign-out">
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main" style={{ overflowY: 'auto' }}>
        <NavLinks items={main} pathname={pathname} onNavigate={close} />
        {sections.map(({ name, items }) => (
          <div key={name} role="group" aria-labelledby={`nav-${name.toLowerCase()}`}>
            <Text id={`nav-${name.toLowerCase()}`} size="xs" fw={700} tt="uppercase" px="sm" mt="md" mb={4}>
              {name}
            </Text>
            <NavLinks items={items} pathname={pathname} onNavigate={close} />
          </div>
        ))}
        {allowed.map((item) => item.shortcut && <NavShortcut key={item.to} item={{ ...item, shortcut: item.shortcut }} />)}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
