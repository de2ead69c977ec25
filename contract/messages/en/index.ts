import status from './status';
import itnio from './itnio';
import connections from './connections';
import keychain from './keychain';
import storage from './storage';
import files from './files';
import policy from './policy';
import desktop from './desktop';
import app from './app';
import calls from './calls';
import reports from './reports';
import account from './account';
import changes from './changes';
import phones from './phones';
import trunks from './trunks';
import numbers from './numbers';
import contacts from './contacts';
import profiles from './profiles';
import rules from './rules';

/**
 * What main tells the operator, in English: the CLI and the log write it so, and it is the catalog
 * every other language is translated from (the window's `main` namespace). Keys name the meaning,
 * not the place: one vendor status code means different things on different endpoints. One file
 * per part of main.
 */
export default { status, itnio, connections, keychain, storage, files, policy, desktop, app, calls, reports, account, changes, phones, trunks, numbers, contacts, profiles, rules } as const;
