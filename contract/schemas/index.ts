import { z } from 'zod';
import type { MethodName } from '../methods';
import { appInfoInput, appInfoOutput, openExternalInput, openExternalOutput } from './app';
import { listPhonesInput, phoneDirectory, phonePassword, phoneRef } from './phones';
import { connectionReport, optionalProfileRef, profileList, profileRef, profileSummary, saveProfileInput } from './profiles';

export interface MethodSchema {
  input: z.ZodType;
  output: z.ZodType;
}

/** The zod side of the contract: main parses every input with these, the renderer's forms reuse them. */
export const schemas = {
  'app.info': { input: appInfoInput, output: appInfoOutput },
  'app.openExternal': { input: openExternalInput, output: openExternalOutput },
  'profiles.list': { input: z.void(), output: profileList },
  'profiles.save': { input: saveProfileInput, output: profileSummary },
  'profiles.remove': { input: profileRef, output: profileList },
  'profiles.use': { input: profileRef, output: profileList },
  'profiles.test': { input: optionalProfileRef, output: connectionReport },
  'phones.list': { input: listPhonesInput, output: phoneDirectory },
  'phones.password': { input: phoneRef, output: phonePassword },
} as const satisfies Record<MethodName, MethodSchema>;
