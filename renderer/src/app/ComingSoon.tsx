import { Alert, Text } from '@mantine/core';

/** Honest placeholder for a screen whose issue has not landed yet. */
export function ComingSoon({ what }: { what: string }) {
  return (
    <Alert variant="light" color="gray" title="Coming soon">
      <Text size="sm">{what}</Text>
    </Alert>
  );
}
