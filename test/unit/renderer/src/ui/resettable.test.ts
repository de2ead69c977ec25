import { describe, expect, it } from 'vitest';
import { useNavigation } from '../../../../../renderer/src/app/navigation';
import { useLeaveGuard } from '../../../../../renderer/src/ui/leave-guard';
import { resetStores, resettableStore } from '../../../../../renderer/src/ui/resettable';

interface TallyState {
  count: number;
  names: string[];
  add(name: string): void;
}

const useTally = resettableStore<TallyState>()((set) => ({
  count: 0,
  names: [],
  add: (name) => set(({ count, names }) => ({ count: count + 1, names: [...names, name] })),
}));

describe('resetStores', () => {
  it('puts a store back to its initial state, which it keeps working from', () => {
    useTally.getState().add('a');
    useTally.getState().add('b');
    expect(useTally.getState()).toMatchObject({ count: 2, names: ['a', 'b'] });
    resetStores();
    expect(useTally.getState()).toBe(useTally.getInitialState());
    expect(useTally.getState()).toMatchObject({ count: 0, names: [] });
    useTally.getState().add('c');
    expect(useTally.getState()).toMatchObject({ count: 1, names: ['c'] });
  });

  it("reaches the renderer's own stores", () => {
    useLeaveGuard.getState().setGuard(() => true);
    useNavigation.getState().go('trunks');
    resetStores();
    expect(useLeaveGuard.getState().guard).toBeUndefined();
    expect(useNavigation.getState().screen).toBe('dialer');
  });
});
