/**
 * Files the operator saves or brings (main/platform/files). `saved` and `kinds` are keyed by their
 * English words, which the callers of saveAs and userFileAt pass as they always did.
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
} as const;
