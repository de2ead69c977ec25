import { useEffect, useState } from 'react';
import type { Result } from '../../../../contract/result';
import { showError } from '../../ui/toasts';

/**
 * A setting main keeps for this computer: read once the card shows, saved through main, shown as
 * main answers it (what was saved, not what was asked). `read` must be a stable function; `show`
 * puts what main told unasked (an event) in its place.
 */
export function useMainSetting<T, I>(read: () => Promise<Result<T>>, write: (input: I) => Promise<Result<T>>) {
  const [value, setValue] = useState<T>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void read().then((result) => (result.ok ? setValue(result.value) : showError(result.error)));
  }, [read]);

  const save = async (input: I) => {
    setSaving(true);
    const result = await write(input);
    setSaving(false);
    if (result.ok) setValue(result.value);
    else showError(result.error);
  };
  return { value, saving, save, show: setValue };
}
