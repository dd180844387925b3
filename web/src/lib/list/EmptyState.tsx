import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list shows when it has nothing: what would be here, and the action that adds it. */
export function EmptyState({ title, children, action, testId = 'empty-state' }: { title: string; children?: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid={testId}>
      <Stack align="center" gap="xs" ta="center">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children && <Text size="sm">{children}</Text>}
        {action}
      </Stack>
    </Paper>
  );
}
