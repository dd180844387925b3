import { Fragment, useState } from 'react';
import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { displayStroke, useRegisteredShortcuts, useShortcut } from './shortcuts';

/** The `?` overlay: every shortcut registered on the current screen, with its description. */
export function ShortcutsHelp() {
  const [opened, setOpened] = useState(false);
  useShortcut('?', () => setOpened(true), { description: 'Show keyboard shortcuts' });
  const shortcuts = useRegisteredShortcuts();
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={() => setOpened(false)} title="Keyboard shortcuts" data-testid="shortcuts-help">
      {shortcuts.length === 0 ? (
        <Text>No shortcuts on this screen.</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Keys</Table.Th>
              <Table.Th scope="col">Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shortcuts.map((s) => (
              <Table.Tr key={s.keys}>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {s.keys.split(/\s+/).map((stroke, i) => (
                      <Fragment key={i}>
                        {i > 0 && <Text span size="xs">then</Text>}
                        {displayStroke(stroke).map((part) => (
                          <Kbd key={part}>{part}</Kbd>
                        ))}
                      </Fragment>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{s.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
