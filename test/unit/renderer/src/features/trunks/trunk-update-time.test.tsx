import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { outgoingTrunk } from '../../../../../support/fixtures/trunks';
import { installBridge, shellAnswers } from '../../../fake-bridge';

beforeEach(() => {
  useNavigation.setState({ screen: 'trunks' });
  // The operator's system is set to New York (UTC-5 in winter); ITNIO writes its own clock, UTC+8, with no zone.
  vi.stubEnv('TZ', 'America/New_York');
});
afterEach(() => vi.unstubAllEnvs());

describe('Trunks list: when a trunk was updated', () => {
  it('shows a trunk saved at 00:22 in New York, which ITNIO lists as 13:22:51, at 00:22:51 (12:22:51 AM)', async () => {
    const trunk = outgoingTrunk({ updateTime: '2026-12-01 13:22:51' });
    installBridge({
      ...shellAnswers(),
      'trunks.list': () => ({ ok: true, value: { profileId: 'sandbox', fetchedAt: '2026-12-01T05:23:00.000Z', total: 1, current: 1, size: 20, pages: 1, records: [trunk] } }),
    });
    render(<App />);
    const row = within(await screen.findByTestId('trunk-2001'));
    // In whatever locale the test machine has: the date and the time, 12- or 24-hour.
    const shown = row.getByText(/\b(00|12):22:51\b/).textContent;
    expect(shown).toMatch(/\b1\b.*\bDec\b|\bDec\b.*\b1\b/);
    expect(shown).toContain('2026');
    expect(row.queryByText(/13:22/)).toBeNull();
  });
});
