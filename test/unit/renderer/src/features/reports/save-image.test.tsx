import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, type Result } from '../../../../../../contract/result';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { installBridge, shellAnswers } from '../../../fake-bridge';
import { BALANCE_HISTORY, weekReport } from './report-fixtures';

// happy-dom lays nothing out and has no canvas: the PNG itself is drawn in Chromium (e2e); here, what is done with it.
const drawn = vi.hoisted(() => ({ chartImage: vi.fn() }));
vi.mock('../../../../../../renderer/src/features/reports/chart-image', () => drawn);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

function saveBridge(saved: Result<unknown>) {
  const calls = installBridge({
    ...shellAnswers(),
    'reports.calls': () => ({ ok: true, value: weekReport() }),
    'account.balanceHistory': () => ({ ok: true, value: BALANCE_HISTORY }),
    'reports.saveChart': () => saved,
  });
  return () => calls.filter((call) => call.method === 'reports.saveChart').map((call) => call.input);
}

async function saveImageOf(figure: string) {
  const user = userEvent.setup();
  render(<App />);
  const region = await screen.findByRole('region', { name: figure });
  await user.click(within(region).getByRole('button', { name: `Save image of ${figure}` }));
  return region;
}

beforeEach(() => {
  notifications.clean();
  drawn.chartImage.mockReset();
  useNavigation.setState({ screen: 'reports' });
});

describe('Reports screen: Save image', () => {
  it('draws the chart shown, titled with its figure and period, and sends its PNG to main named after the figure', async () => {
    drawn.chartImage.mockResolvedValue(ok(PNG));
    const saves = saveBridge({ ok: true, value: { saved: true, path: '/home/op/calls-per-day.png' } });
    const region = await saveImageOf('Calls per day by outcome');
    expect(await screen.findByText('Saved to /home/op/calls-per-day.png')).toBeTruthy();
    expect(saves()).toEqual([{ chart: 'calls-per-day', bytes: PNG }]);
    const [panel, options] = drawn.chartImage.mock.calls[0]!;
    expect(panel).toBe(within(region).getByRole('img'));
    expect(options.title).toMatch(/^Calls per day by outcome, .+ – .+$/);
    expect(options.legend.map((entry: { label: string }) => entry.label)).toEqual(['Answered', 'No answer', 'Busy', 'Failed']);
  });

  it('names missed inbound calls in the legend it draws', async () => {
    drawn.chartImage.mockResolvedValue(ok(PNG));
    saveBridge({ ok: true, value: { saved: false } });
    await saveImageOf('Inbound calls per number');
    await waitFor(() => expect(drawn.chartImage).toHaveBeenCalledTimes(1));
    expect(drawn.chartImage.mock.calls[0]![1].legend.map((entry: { label: string }) => entry.label)).toEqual(['Answered', 'Missed']);
  });

  it('says nothing when the operator cancels where to save', async () => {
    drawn.chartImage.mockResolvedValue(ok(PNG));
    const saves = saveBridge({ ok: true, value: { saved: false } });
    await saveImageOf('Balance over time');
    await waitFor(() => expect(saves()).toEqual([{ chart: 'balance', bytes: PNG }]));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save image of Balance over time' }).hasAttribute('data-loading')).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why when the chart could not be drawn, sending nothing', async () => {
    drawn.chartImage.mockResolvedValue({ ok: false, error: { kind: 'internal', message: 'The chart could not be drawn as an image.', hint: 'Show the chart, then try again.' } });
    const saves = saveBridge({ ok: true, value: { saved: true, path: '/unused.png' } });
    await saveImageOf('Spend per day and cumulative');
    expect(await screen.findByText('The chart could not be drawn as an image.')).toBeTruthy();
    expect(saves()).toEqual([]);
  });
});
