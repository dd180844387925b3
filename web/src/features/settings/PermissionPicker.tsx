import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { groupByModule, permissionLabel } from './queries';

/** Permission keys from the server's catalogue as checkboxes, one fieldset per module. */
export function PermissionPicker({
  catalogue,
  value,
  onChange,
  error,
  legend = 'Permissions',
}: {
  catalogue: readonly string[];
  value: string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
  legend?: string;
}) {
  const chosen = new Set(value);
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    onChange([...next].sort());
  };
  return (
    <Stack gap="xs" data-testid="permission-picker">
      <Text fw={500} size="sm" id="permission-picker-legend">
        {legend}
      </Text>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      {groupByModule(catalogue).map((group) => {
        const all = group.keys.every((k) => chosen.has(k));
        const some = group.keys.some((k) => chosen.has(k));
        return (
          <Fieldset key={group.module} legend={group.module} variant="filled" p="sm">
            <Checkbox
              label={`All of ${group.module}`}
              checked={all}
              indeterminate={some && !all}
              onChange={(e) => toggle(group.keys, e.currentTarget.checked)}
              mb="xs"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6}>
              {group.keys.map((key) => (
                <Checkbox key={key} value={key} label={permissionLabel(key)} checked={chosen.has(key)} onChange={(e) => toggle([key], e.currentTarget.checked)} />
              ))}
            </SimpleGrid>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
