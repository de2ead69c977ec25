import type { Catalog } from '../catalog';
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

/** What main tells the operator, in Simplified Chinese, in the words of ITNIO's Chinese pages (账号认证异常, ip限制, 参数异常…). */
export default { status, itnio, connections, keychain, storage, files, policy, desktop, app, calls, reports, account, changes, phones, trunks, numbers, contacts, profiles, rules } satisfies Record<string, Catalog>;
