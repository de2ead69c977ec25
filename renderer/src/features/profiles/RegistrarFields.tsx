import { Fieldset, Group, NativeSelect, NumberInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SipTransport } from '../../../../contract/schemas/profiles';
import { portFor, type ProfileValues } from './profile-values';

// The protocols' own names, the same in every language.
const TRANSPORTS = [
  { value: 'udp', label: 'UDP' },
  { value: 'tcp', label: 'TCP' },
  { value: 'tls', label: 'TLS' },
];

/**
 * Where this account's SIP phones register: ITNIO's API does not say, so the operator copies it
 * from the console or the welcome mail; the Phones screen's setup cards show it.
 */
export function RegistrarFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  const { t } = useTranslation('profiles');
  const transportProps = form.getInputProps('registrar.transport');
  return (
    <Fieldset legend={t('registrar.legend')} variant="unstyled">
      <Text size="xs" c="dimmed" mb={6}>
        {t('registrar.about')}
      </Text>
      <Group align="flex-start" wrap="nowrap">
        <TextInput flex={2} label={t('registrar.host')} placeholder="sip.example.com" autoComplete="off" {...form.getInputProps('registrar.host')} />
        <NativeSelect
          flex={1}
          label={t('registrar.transport')}
          data={[{ value: '', label: t('registrar.noTransport') }, ...TRANSPORTS]}
          {...transportProps}
          onChange={(event) => {
            const transport = event.currentTarget.value as SipTransport | '';
            form.setFieldValue('registrar.port', portFor(form.getValues().registrar, transport));
            form.setFieldValue('registrar.transport', transport);
          }}
        />
        <NumberInput flex={1} label={t('registrar.port')} placeholder="5060" allowDecimal={false} allowNegative={false} hideControls {...form.getInputProps('registrar.port')} />
      </Group>
    </Fieldset>
  );
}
