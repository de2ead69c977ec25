import type { ImportedProfile } from '../../../../contract/schemas/profile-file';
import type { FormErrors } from '@mantine/form';
import {
  defaultSipPort,
  saveProfileInput,
  testUnsavedInput,
  type ProfileSummary,
  type SaveProfileInput,
  type SipTransport,
  type TestUnsavedInput,
} from '../../../../contract/schemas/profiles';
import { i18n } from '../../i18n';
import { schemaRules } from '../../ui/field-errors';

/** The registrar as typed: any of the three may still be empty. */
export interface RegistrarValues {
  host: string;
  /** Mantine's NumberInput answers '' while empty. */
  port: number | string;
  transport: SipTransport | '';
}

/** The profile an imported file describes, checked by the profile's rules. */
export type ProfileFileFields = Extract<ImportedProfile, { chosen: true }>['profile'];

/** What the Add/Edit profile dialog holds; the credentials are write-only and start empty. */
export interface ProfileValues {
  name: string;
  baseUrl: string;
  appId: string;
  apiKey: string;
  apiSecret: string;
  defaultCallerId: string;
  defaultAccount: string;
  registrar: RegistrarValues;
}

const NO_REGISTRAR: RegistrarValues = { host: '', port: '', transport: '' };

/** The dialog's values for a profile being edited, or for a new one (from an imported file, or empty); credentials always empty. */
export function valuesOf(from: ProfileFileFields | undefined): ProfileValues {
  const values: ProfileValues = { name: '', baseUrl: 'https://api.itniotech.com', appId: '', apiKey: '', apiSecret: '', defaultCallerId: '', defaultAccount: '', registrar: NO_REGISTRAR };
  if (!from) return values;
  const { name, baseUrl, appId, defaultCallerId = '', defaultAccount = '', registrar = NO_REGISTRAR } = from;
  return { ...values, name, baseUrl, appId, defaultCallerId, defaultAccount, registrar };
}

const isEmpty = (value: number | string) => String(value).trim() === '';
const registrarParts = ({ host, port, transport }: RegistrarValues) => [host, port, transport].map(isEmpty);

/** The registrar to save: none while all three are empty (a partial one is refused by `validateProfile`). */
function registrarOf(registrar: RegistrarValues): SaveProfileInput['registrar'] {
  if (registrarParts(registrar).every(Boolean)) return undefined;
  const { host, port, transport } = registrar;
  return { host, port: isEmpty(port) ? Number.NaN : Number(port), transport: transport as SipTransport };
}

export function toSaveInput(values: ProfileValues, editing: ProfileSummary | undefined): SaveProfileInput {
  const { registrar, ...fields } = values;
  const given = registrarOf(registrar);
  return { ...fields, ...(editing ? { id: editing.id } : {}), ...(given ? { registrar: given } : {}) };
}

/** The address and credentials a Test sends; empty credentials of an edit mean the saved ones. */
export function toTestInput({ baseUrl, appId, apiKey, apiSecret }: ProfileValues, editing: ProfileSummary | undefined): TestUnsavedInput {
  return { ...(editing ? { id: editing.id } : {}), baseUrl, appId, ...(apiKey ? { apiKey } : {}), ...(apiSecret ? { apiSecret } : {}) };
}

/** The fields a Test reads, each checked before it is sent. */
export const TESTED_FIELDS = ['baseUrl', 'appId', 'apiKey', 'apiSecret'] as const;

/** Which tested values a Test result speaks for: a result is not shown for other values. */
export const testedValuesKey = (values: ProfileValues): string => JSON.stringify(TESTED_FIELDS.map((field) => values[field]));

const validateSave = schemaRules<SaveProfileInput>(saveProfileInput);
const validateTest = schemaRules<TestUnsavedInput>(testUnsavedInput);

/** The same rules main enforces, and the registrar's "all three or none", which only a form can break. */
export function validateProfile(values: ProfileValues, editing: ProfileSummary | undefined): FormErrors {
  const errors = validateSave(toSaveInput(values, editing));
  const empty = registrarParts(values.registrar);
  if (empty.some(Boolean) && !empty.every(Boolean)) {
    (['host', 'port', 'transport'] as const).forEach((part, index) => {
      if (empty[index]) errors[`registrar.${part}`] = i18n.t('profiles:registrar.partial');
    });
  }
  return errors;
}

/** The errors of the fields a Test sends, by the rules main applies to it. */
export const testErrors = (values: ProfileValues, editing: ProfileSummary | undefined): FormErrors => validateTest(toTestInput(values, editing));

/**
 * The port after a change of transport: the new transport's default while the port is empty or
 * still the old one's default; a port the operator typed stays.
 */
export function portFor(registrar: RegistrarValues, transport: SipTransport | ''): number | string {
  const { port, transport: before } = registrar;
  const followsDefault = isEmpty(port) || (before !== '' && Number(port) === defaultSipPort(before));
  if (!followsDefault) return port;
  return transport === '' ? '' : defaultSipPort(transport);
}
