import type { KeepRead } from '../../platform/connections/kept-reads';
import type { DomainServices } from '../../router';
import { createNumberListServices } from './number-list';
import { createNumberSettingsServices, type NumberServiceDeps } from './settings';

/** The numbers' methods: the account's number list, their settings with greetings, the recent ones. */
export function createNumberServices(deps: NumberServiceDeps & { keep: KeepRead }): DomainServices<'numbers'> {
  return { ...createNumberListServices(deps), ...createNumberSettingsServices(deps) };
}
