import { Alert, Code, List, Text } from '@mantine/core';
import { SettingsCard } from './SettingsCard';
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
    policy.updateFeed && `The update feed is ${policy.updateFeed}.`,
  ].filter((line): line is string => typeof line === 'string');

  return (
    <SettingsCard title="Managed by your organisation" testId="policy-card">
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
    </SettingsCard>
  );
}
