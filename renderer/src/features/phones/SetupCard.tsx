import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useState, type ReactNode } from 'react';
import { phoneSetupText, sipUri, type PhoneSummary } from '../../../../contract/schemas/phones';
import type { SipRegistrar } from '../../../../contract/schemas/profiles';
import { useNavigation } from '../../ui/navigation';
import { showError, showSuccess } from '../../ui/toasts';
import { PasswordCell } from './PasswordCell';
import { REVEAL_FOR_MS, useRevealedPasswords } from '../../ui/revealed-passwords';
import { clearedIn, copyPhonePassword } from './store';

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
  return (
    <QRCodeSVG
      value={uri}
      size={176}
      level="M"
      marginSize={4}
      aria-label={`QR code of the setup of ${account}${withPassword ? ', with its password' : ''}`}
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
        showSuccess(`The setup of ${phone.account} is on the clipboard`, 'Without the password: reveal it first to copy it along.');
      } catch {
        showError({ kind: 'internal', message: `The setup of ${phone.account} could not be copied.`, hint: 'Select the text and copy it by hand.' });
      }
      return;
    }
    // With the password in it, the copy is main's, which takes it off the clipboard again.
    setCopying(true);
    const copied = await copyPhonePassword(phone.account, profileId, setup.registrar);
    setCopying(false);
    if (copied.ok) showSuccess(`The setup of ${phone.account} is on the clipboard`, `Copied with the password — ${clearedIn(copied.value)}.`);
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
    <Modal opened onClose={onClose} size="xl" title={`Set up a handset for ${phone.phoneName} (${phone.account})`}>
      <Stack>
        {!registrar && (
          <Alert color="orange" variant="light" title="The active profile does not say where its phones register">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                ITNIO&apos;s API does not tell it. Record the SIP registrar (host, port and transport) from ITNIO&apos;s welcome mail or console on the profile, and this
                card shows the whole setup with a QR code.
              </Text>
              <Button
                variant="default"
                onClick={() => {
                  onClose();
                  go('profiles');
                }}
              >
                Set the registrar on the Profiles screen
              </Button>
            </Stack>
          </Alert>
        )}
        <Group align="flex-start" justify="space-between" wrap="wrap" gap="lg">
          <Table variant="vertical" layout="fixed" withTableBorder aria-label={`Setup of ${phone.account}`} style={{ flex: '1 1 22rem' }}>
            <Table.Tbody>
              {registrar && (
                <>
                  {row('SIP server', <Text ff="monospace" size="sm">{registrar.host}</Text>)}
                  {row('Port', registrar.port)}
                  {row('Transport', TRANSPORT_LABELS[registrar.transport])}
                </>
              )}
              {row('Account', <Text ff="monospace" size="sm">{phone.account}</Text>)}
              {row(
                'Password',
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
              label="Setup text"
              readOnly
              rows={text.split('\n').length}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={text}
            />
            <Text size="sm" c="dimmed">
              {password === undefined
                ? 'The QR code and the text hold the password only once you reveal it.'
                : `The QR code and the text hold the password until it is masked again (after ${REVEAL_FOR_MS / 1000} s): show them to the handset being set up only.`}
            </Text>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          {setup && (
            <Button loading={copying} onClick={() => void copyText()}>
              Copy setup text
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
