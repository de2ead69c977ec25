import { Fieldset, Group, NativeSelect, NumberInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { SipTransport } from '../../../../contract/schemas/profiles';
import { portFor, type ProfileValues } from './profile-values';

const TRANSPORTS = [
  { value: '', label: 'None' },
  { value: 'udp', label: 'UDP' },
  { value: 'tcp', label: 'TCP' },
  { value: 'tls', label: 'TLS' },
];

/**
 * Where this account's SIP phones register: ITNIO's API does not say, so the operator copies it
 * from the console or the welcome mail; the Phones screen's setup cards show it.
 */
export function RegistrarFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  const transportProps = form.getInputProps('registrar.transport');
  return (
    <Fieldset legend="SIP registrar (for setting up phones)" variant="unstyled">
      <Text size="xs" c="dimmed" mb={6}>
        Where this account&apos;s phones register, as the ITNIO console or your welcome mail gives it; ITNIO&apos;s API does not tell. Optional: all three, or none.
      </Text>
      <Group align="flex-start" wrap="nowrap">
        <TextInput flex={2} label="Registrar host" placeholder="sip.example.com" autoComplete="off" {...form.getInputProps('registrar.host')} />
        <NativeSelect
          flex={1}
          label="Transport"
          data={TRANSPORTS}
          {...transportProps}
          onChange={(event) => {
            const transport = event.currentTarget.value as SipTransport | '';
            form.setFieldValue('registrar.port', portFor(form.getValues().registrar, transport));
            form.setFieldValue('registrar.transport', transport);
          }}
        />
        <NumberInput flex={1} label="Registrar port" placeholder="5060" allowDecimal={false} allowNegative={false} hideControls {...form.getInputProps('registrar.port')} />
      </Group>
    </Fieldset>
  );
}
