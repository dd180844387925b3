import { Alert, Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { profileQuery } from '../../api/queries';
import { TwoFactorSection } from './TwoFactorSection';

export function Profile() {
  const { data: profile, error, isPending } = useQuery(profileQuery);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Profile
      </Title>
      {isPending && <Loader aria-label="Loading" size="sm" />}
      {error && (
        <Alert color="red" role="alert" title="Could not load your profile">
          {error.message}
        </Alert>
      )}
      {profile && (
        <>
          <Card withBorder>
            <Stack gap={4}>
              <Text fw={600} size="lg">
                {profile.name}
              </Text>
              <Group gap="xs">
                <Text>{profile.email}</Text>
                <Badge color={profile.emailVerified ? 'green' : 'yellow'} variant="dot">
                  {profile.emailVerified ? 'Verified' : 'Not verified'}
                </Badge>
              </Group>
            </Stack>
          </Card>
          <TwoFactorSection />
          <Title order={2} size="h3">
            Businesses
          </Title>
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Business</Table.Th>
                  <Table.Th>Your role</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {profile.memberships.map((m) => (
                  <Table.Tr key={m.tenantId}>
                    <Table.Td>
                      {m.tenantName}
                      {m.tenantId === profile.currentTenantId && (
                        <Badge ml="xs" variant="dot">
                          Current
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{m.role}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
