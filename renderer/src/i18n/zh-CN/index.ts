import type { Catalog, Namespace } from '../catalog';
import main from '../../../../contract/messages/zh-CN';
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

/** Simplified Chinese, in the words of ITNIO's own Chinese pages (话机, 话机组, 显示号码…). */
export const zhCN = { common, shell, main, account, calls, changes, contacts, numbers, phones, profiles, reports, settings, trunks } satisfies Record<Namespace, Catalog>;
