import { fail, type Result } from '../../../contract/result';
import { spoken } from '../../platform/messages';

/** A profile id no saved profile has: the window's list is older than the file. */
export const profileNotFound = (id: string): Result<never> =>
  fail({ kind: 'invalid-input', field: 'id', ...spoken({ key: 'profiles.notFound.message', values: { id } }, { key: 'profiles.notFound.hint' }) });
