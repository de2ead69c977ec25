/**
 * Files the operator saves or brings (main/platform/files). `saved`, `kinds`, `dialogs` and `filters`
 * are keyed by their English words, which the callers of saveAs, userFileAt and the file dialogs pass
 * as they always did.
 */
export default {
  notSaved: { message: 'The {{what}} could not be saved ({{code}}).', hint: 'Choose a folder you can write to, with free space, and save again.' },
  saved: {
    'call history': 'call history',
    'call list': 'call list',
    'chart image': 'chart image',
    'contacts file': 'contacts file',
    CSV: 'CSV',
    'CSV file': 'CSV file',
    diagnostics: 'diagnostics',
    'profile file': 'profile file',
    recording: 'recording',
    report: 'report',
  },
  notRegular: { message: '"{{name}}" is not a regular file.', hint: 'Choose {{kinds}}. Nothing was imported.' },
  unreadable: { message: '"{{name}}" could not be read ({{code}}).', hint: 'Check that the file exists and that you may read it. Nothing was imported.' },
  kinds: {
    'a CSV file': 'a CSV file',
    'a CSV or vCard file': 'a CSV or vCard file',
  },
  // The titles of the save and open dialogs.
  dialogs: {
    'Choose a voicemail greeting': 'Choose a voicemail greeting',
    'Export contacts': 'Export contacts',
    'Export report as CSV': 'Export report as CSV',
    'Export SIP trunks': 'Export SIP trunks',
    'Import call list': 'Import call list',
    'Import contacts': 'Import contacts',
    'Import profile': 'Import profile',
    'Save call history': 'Save call history',
    'Save call recording': 'Save call recording',
    'Save chart image': 'Save chart image',
    'Save diagnostics': 'Save diagnostics',
    'Save phones with their SIP passwords': 'Save phones with their SIP passwords',
  },
  // Titles that name what is saved: a call list, a profile.
  titled: {
    saveCallList: 'Save call list {{name}}',
    exportProfile: 'Export {{name}}',
  },
  // The file types the dialogs offer.
  filters: {
    'All files': 'All files',
    Audio: 'Audio ({{type}})',
    'Contacts (CSV or vCard)': 'Contacts (CSV or vCard)',
    CSV: 'CSV',
    'Greetings (mp3, wav, m4a)': 'Greetings (mp3, wav, m4a)',
    'PNG image': 'PNG image',
    'Switchboard profile': 'Switchboard profile',
    vCard: 'vCard',
    'Zip archive': 'Zip archive',
  },
} as const;
