import type { Connections } from '../../platform/connections/connections';
import type { FileDialogs } from '../../platform/files/dialogs';
import type { Logger } from '../../platform/log';
import type { DomainServices } from '../../router';
import { createAddressBookServices } from './address-book-services';
import { createCallListServices } from './call-list-services';

/** The address book (one for the computer) and the call lists (each of one profile). */
export function createContactServices(deps: { dataDir: string; connections: Pick<Connections, 'activeId'>; dialogs: FileDialogs; log: Logger }): DomainServices<'contacts'> {
  return { ...createAddressBookServices(deps), ...createCallListServices(deps) };
}
