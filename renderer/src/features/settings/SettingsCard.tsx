import { Paper, Stack, Title, type StackProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One card of the Settings screen: a section its heading names for screen readers. */
export function SettingsCard({ title, align, testId, children }: { title: string; align?: StackProps['align']; testId?: string; children: ReactNode }) {
  const heading = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={heading} data-testid={testId}>
      <Stack gap="sm" align={align}>
        <Title order={2} size="h4" id={heading}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
