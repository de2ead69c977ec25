import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { createContext, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_NOTES } from '../../../../contract/schemas/call-record-text';
import { errorWords, inWindowLanguage } from '../../i18n/said';
import type { PlaceResult } from './store';
import { countryName } from '../../ui/format';

/**
 * How a new result is brought into view: the screen that lays it out with the history decides.
 * Without one, a result out of sight is scrolled just into sight.
 */
export const RevealResult = createContext<(panel: HTMLElement) => void>((panel) => panel.scrollIntoView({ block: 'nearest' }));

/** Results already brought into view: coming back to the Dialer later does not scroll to an old one. */
const revealed = new WeakSet<PlaceResult>();

/**
 * A new result is brought into view once. A frame later: the form first gives the number field its
 * focus back, which scrolls the page to that field.
 */
function useBroughtIntoView(result: PlaceResult) {
  const panel = useRef<HTMLDivElement>(null);
  const reveal = useContext(RevealResult);
  useEffect(() => {
    if (revealed.has(result)) return;
    const frame = requestAnimationFrame(() => {
      revealed.add(result);
      if (panel.current) reveal(panel.current);
    });
    return () => cancelAnimationFrame(frame);
  }, [result, reveal]);
  return panel;
}

/** The last attempt's result, kept on screen (unlike a toast) so the recording id can be copied. */
export function PlaceResultPanel({ result }: { result: PlaceResult }) {
  const { t } = useTranslation('calls');
  const panel = useBroughtIntoView(result);
  if (!result.ok) {
    const { message, hint } = errorWords(result.error);
    const { code } = result.error;
    return (
      <Alert ref={panel} color="red" variant="light" title={message} role="alert" data-testid="place-result">
        <Text size="sm">{hint}</Text>
        {code && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('result.code', { code })}
          </Text>
        )}
      </Alert>
    );
  }
  const { recordingId, account, callee, country, historyWarning } = result.call;
  return (
    <Alert ref={panel} color="teal" variant="light" title={t('result.placed')} role="status" data-testid="place-result">
      <Text size="sm">
        {country ? t('result.ringsFirstIn', { account, callee, country: countryName(country) }) : t('result.ringsFirst', { account, callee })}
      </Text>
      <Group gap="xs" mt="xs">
        <Text size="sm">{t('result.recordingId')}</Text>
        <Code data-testid="recording-id">{recordingId}</Code>
        <CopyButton value={recordingId}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
              {copied ? t('result.copied') : t('result.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      {historyWarning && (
        <Text size="sm" mt="xs" c="red">
          {inWindowLanguage(historyWarning, CALL_NOTES.historyNotSaved)}
        </Text>
      )}
    </Alert>
  );
}
