import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { NumberForm } from './NumberForm';
import { useNumbers } from './store';

export function NumbersScreen() {
  const loadRecent = useNumbers((state) => state.loadRecent);
  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);

  return (
    <Stack>
      <Text c="dimmed" size="sm">
        Set a number&apos;s IP whitelist, inbound routing and voicemail greeting. The draft stays here while you visit other screens.
      </Text>
      <NumberForm />
    </Stack>
  );
}
