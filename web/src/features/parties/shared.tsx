import { Badge } from '@mantine/core';
import type { Party } from './api';

const STATUS: Record<Party['status'], { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  suspended: { label: 'Suspended', color: 'orange' },
  archived: { label: 'Archived', color: 'gray' },
};

export function StatusBadge({ status }: { status: Party['status'] }) {
  return (
    <Badge variant="dot" color={STATUS[status].color} data-testid="party-status">
      {STATUS[status].label}
    </Badge>
  );
}
