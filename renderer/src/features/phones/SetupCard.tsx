import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneSetupText, sipUri, type PhoneSummary } from '../../../../contract/schemas/phones';
import type { SipRegistrar } from '../../../../contract/schemas/profiles';
import { useNavigation } from '../../ui/navigation';
import { showError, showSuccess } from '../../ui/toasts';
import { PasswordCell } from './PasswordCell';
import { REVEAL_FOR_MS, useRevealedPasswords } from '../../ui/revealed-passwords';
import { clearsInSeconds, copyPhonePassword } from './store';

interface SetupCardProps {
  phone: PhoneSummary;
  /** The profile the phone was listed under. */
  profileId: string;
  /** Where that profile's phones register, as the operator recorded it; ITNIO's API does not say. */
  registrar: SipRegistrar | undefined;
  onClose: () => void;
}

/**
 * A phone's SIP URI as a QR code for a softphone or handset to scan: black on white with its quiet
 * zone whatever the theme, drawn as SVG in the page (no image URL, nothing fetched).
 */
export function SetupQrCode({ uri, account, withPassword }: { uri: string; account: string; withPassword: boolean }) {
  const { t } = useTranslation('phones');
  return (
    <QRCodeSVG
      value={uri}
      size={176}
      level="M"
      marginSize={4}
      aria-label={t(withPassword ? 'setup.qrLabelWithPassword' : 'setup.qrLabel', { account })}
    />
  );
}

const TRANSPORT_LABELS: Record<SipRegistrar['transport'], string> = { udp: 'UDP', tcp: 'TCP', tls: 'TLS' };

/**
 * What an operator needs to set up a handset for one phone: server, port, transport, account and
 * password, as fields, a QR code and a text to copy. The password is the point of provisioning,
 * so the QR code and the text carry it, but only while the operator has it revealed: a card left
 * open shows nothing secret to someone passing by. The registrar comes from the profile, never
 * from a guess.
 */
export function SetupCard({ phone, profileId, registrar, onClose }: SetupCardProps) {
  const { t } = useTranslation(['phones', 'common']);
  const { revealed, reveal, hide } = useRevealedPasswords();
  const [copying, setCopying] = useState(false);
  const go = useNavigation((state) => state.go);
  const password = revealed[phone.account];
  const setup = registrar && { registrar, account: phone.account, password };
  const text = setup && phoneSetupText(setup);

  const copyText = async () => {
    if (!setup || !text) return;
    if (password === undefined) {
      try {
        await navigator.clipboard.writeText(text);
        showSuccess(t('setup.copied', { account: phone.account }), t('setup.copiedWithoutPassword'));
      } catch {
        showError({ kind: 'internal', message: t('setup.copyFailed', { account: phone.account }), hint: t('setup.copyFailedHint') });
      }
      return;
    }
    // With the password in it, the copy is main's, which takes it off the clipboard again.
    setCopying(true);
    const copied = await copyPhonePassword(phone.account, profileId, setup.registrar);
    setCopying(false);
    if (copied.ok) showSuccess(t('setup.copied', { account: phone.account }), t('setup.copiedWithPassword', { seconds: clearsInSeconds(copied.value) }));
    else showError(copied.error);
  };

  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th scope="row" w={130}>
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );

  return (
    <Modal opened onClose={onClose} size="xl" title={t('setup.title', { name: phone.phoneName, account: phone.account })}>
      <Stack>
        {!registrar && (
          <Alert color="orange" variant="light" title={t('setup.noRegistrar.title')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('setup.noRegistrar.about')}</Text>
              <Button
                variant="default"
                onClick={() => {
                  onClose();
                  go('profiles');
                }}
              >
                {t('setup.noRegistrar.go')}
              </Button>
            </Stack>
          </Alert>
        )}
        <Group align="flex-start" justify="space-between" wrap="wrap" gap="lg">
          <Table variant="vertical" layout="fixed" withTableBorder aria-label={t('setup.tableLabel', { account: phone.account })} style={{ flex: '1 1 22rem' }}>
            <Table.Tbody>
              {registrar && (
                <>
                  {row(t('setup.server'), <Text ff="monospace" size="sm">{registrar.host}</Text>)}
                  {row(t('setup.port'), registrar.port)}
                  {row(t('setup.transport'), TRANSPORT_LABELS[registrar.transport])}
                </>
              )}
              {row(t('common:account'), <Text ff="monospace" size="sm">{phone.account}</Text>)}
              {row(
                t('setup.password'),
                <PasswordCell
                  account={phone.account}
                  profileId={profileId}
                  revealed={password}
                  onReveal={(next) => reveal(phone.account, next)}
                  onHide={() => hide(phone.account)}
                />,
              )}
            </Table.Tbody>
          </Table>
          {setup && <SetupQrCode uri={sipUri(setup)} account={phone.account} withPassword={password !== undefined} />}
        </Group>
        {text && (
          <>
            <Textarea
              label={t('setup.text')}
              readOnly
              rows={text.split('\n').length}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={text}
            />
            <Text size="sm" c="dimmed">
              {password === undefined
                ? t('setup.passwordHidden')
                : t('setup.passwordShown', { seconds: REVEAL_FOR_MS / 1000 })}
            </Text>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
          {setup && (
            <Button loading={copying} onClick={() => void copyText()}>
              {t('setup.copyText')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
