import main from '../../../../contract/messages/en';
import common from './common';
import shell from './shell';
import account from './account';
import calls from './calls';
import changes from './changes';
import contacts from './contacts';
import numbers from './numbers';
import phones from './phones';
import profiles from './profiles';
import reports from './reports';
import settings from './settings';
import trunks from './trunks';

/** English, the language every other catalog is written from. */
export const en = { common, shell, main, account, calls, changes, contacts, numbers, phones, profiles, reports, settings, trunks } as const;
