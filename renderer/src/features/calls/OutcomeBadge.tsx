import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { historyOutcome, outcomeSaid } from '../../../../contract/schemas/call-record-text';
import type { HistoryEntry, HistoryOutcome, RecordStatus } from '../../../../contract/schemas/call-history';
import { say } from '../../i18n/said';

/** Green for an answered call only; the words say the rest, so colour is never all a row tells. */
const COLOURS: Record<HistoryOutcome, MantineColor> = {
  answered: 'teal',
  'no-answer': 'orange',
  busy: 'orange',
  declined: 'orange',
  cancelled: 'gray',
  'call-failed': 'red',
  placed: 'blue',
  placing: 'blue',
  unknown: 'orange',
  refused: 'red',
  failed: 'red',
};

/** A narrow column wraps a long badge ("Placed — checking outcome…") rather than cut its words off. */
const WRAPPING = { label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/** What happened to a call of the history, once known ("No answer (480)"); until then where the request stands. */
export function OutcomeBadge({ entry, status }: { entry: HistoryEntry; status: RecordStatus }) {
  // Said again when the operator changes the window's language.
  useTranslation('main');
  return (
    <Badge color={COLOURS[historyOutcome(entry)]} variant="light" data-testid="call-outcome" maw="100%" h="auto" py={2} styles={WRAPPING}>
      {say(outcomeSaid(entry, status))}
    </Badge>
  );
}
