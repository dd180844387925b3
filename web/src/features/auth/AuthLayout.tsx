import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ThemeToggle } from '../shell/ThemeToggle';

/** The frame of the signed-out screens: a centred card, full width on a phone. */
export function AuthLayout({ title, subtitle, children, footer }: { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <Box mih="100vh" p="md" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" component="header">
        <Text fw={700} size="lg" component="span">
          Kontor
        </Text>
        <ThemeToggle />
      </Group>
      <Center component="main" style={{ flex: 1 }}>
        <Paper withBorder shadow="sm" radius="md" p="lg" w="100%" maw={440}>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {title}
              </Title>
              {subtitle && <Text mt={4}>{subtitle}</Text>}
            </div>
            {children}
          </Stack>
        </Paper>
      </Center>
      {footer && (
        <Text component="footer" ta="center" size="sm" mt="md">
          {footer}
        </Text>
      )}
    </Box>
  );
}

export { Anchor };
