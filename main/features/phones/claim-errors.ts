import { fail, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { spoken } from '../../platform/messages';

/** The hint of every phone request refused because another profile became active meanwhile. */
export const RELOAD_PHONES_HINT: Said = { key: 'phones.picked.reloadHint' };

export const alreadyBeingSent = (what: Said, since: string): Result<never> =>
  fail({
    kind: 'invalid-input',
    ...spoken({ key: 'phones.alreadySending.message', values: { what, since: since.slice(11, 19) } }, { key: 'phones.alreadySending.hint' }),
  });
