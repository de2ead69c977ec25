import { Alert, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { usePolicy } from '../profiles/policy';

/** What the machine's policy fixes on this workstation, in words; none of it can be changed here. */
export function PolicyCard() {
  const { policy, load } = usePolicy();

  useEffect(() => {
    void load();
  }, [load]);

  if (!policy || policy.state === 'none') return null;
  const fixed = [
    policy.baseUrl && `Every profile uses the API address ${policy.baseUrl}.`,
    policy.hideSandbox && 'The built-in Sandbox is hidden.',
    policy.presets.length > 0 && `Profiles set up for you: ${policy.presets.map((preset) => preset.name).join(', ')} (their settings are fixed; the API key and secret are yours).`,
    policy.updateFeed && `Updates come from ${policy.updateFeed}.`,
  ].filter((line): line is string => typeof line === 'string');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="policy-heading" data-testid="policy-card">
      <Stack gap="sm">
        <Title order={2} size="h4" id="policy-heading">
          Managed by your organisation
        </Title>
        <Text size="sm">
          From the policy file <Code>{policy.path}</Code>, which only your administrator changes.
        </Text>
        {policy.state === 'invalid' ? (
          <Alert color="red" variant="light" title="The policy file was not applied">
            {policy.problem} Switchboard applies none of it until it is corrected; tell your administrator.
          </Alert>
        ) : fixed.length > 0 ? (
          <List size="sm" spacing={4}>
            {fixed.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">It fixes nothing.</Text>
        )}
      </Stack>
    </Paper>
  );
}
