import { basename } from 'node:path';
import { fail, ok } from '../../../contract/result';
import { profileFields, SANDBOX_PROFILE_ID, type ProfileList } from '../../../contract/schemas/profiles';
import type { FileDialogs, FileFilter } from '../../platform/files/dialogs';
import { saveAs } from '../../platform/files/save-as';
import type { Logger } from '../../platform/log';
import type { DomainServices } from '../../router';
import { spoken } from '../../platform/messages';
import { brokenInFile, profileFileOf, profileFileText, readProfileFileAt } from './profile-file';
import { profileNotFound } from './refusals';

const FILTERS: FileFilter[] = [{ name: 'Switchboard profile', extensions: ['json'] }];

/** The app's Export profile… and Import profile…: the file is written and read in main, through its dialogs. */
export function createProfileFileServices(deps: { list: () => Promise<ProfileList>; dialogs: FileDialogs; log: Logger }): Pick<DomainServices<'profiles'>, 'profiles.exportFile' | 'profiles.importFile'> {
  return {
    'profiles.exportFile': async ({ id }) => {
      const profile = (await deps.list()).profiles.find((candidate) => candidate.id === id);
      if (!profile) return profileNotFound(id);
      if (id === SANDBOX_PROFILE_ID) return fail({ kind: 'invalid-input', field: 'id', ...spoken({ key: 'profiles.sandbox.notExported' }) });
      const defaultName = `${profile.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'profile'}.json`;
      const saved = await saveAs(
        deps,
        { title: { key: 'files.titled.exportProfile', values: { name: profile.name } }, defaultName, filters: FILTERS, what: 'profile file', event: 'profiles.exportFile', contents: profileFileText(profileFileOf(profile)) },
        {},
      );
      return saved.ok ? ok(saved.value.saved ? { saved: true as const, path: saved.value.path } : { saved: false as const }) : saved;
    },

    'profiles.importFile': async () => {
      const path = await deps.dialogs.chooseOpenPath({ title: 'Import profile', filters: FILTERS });
      if (!path) return ok({ chosen: false as const });
      const source = basename(path);
      const read = await readProfileFileAt(path, source);
      if (!read.ok) return read;
      // The form is filled with values that pass the profile's rules; a file that breaks one says which.
      const checked = profileFields.safeParse(read.value);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        return brokenInFile(source, `profile.${issue.path.join('.')}`, issue.message);
      }
      return ok({ chosen: true as const, fileName: source, profile: checked.data });
    },
  };
}
