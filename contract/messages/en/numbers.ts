export default {
  greeting: {
    exportHint: 'Export the recording again as mp3, wav or m4a (at most 5 MB) and add that file.',
    empty: '"{{name}}" is empty.',
    tooLarge: '"{{name}}" is {{size}} ({{bytes}} bytes); a greeting can be at most 5 MB ({{max}} bytes).',
    tooLargeHint: 'Shorten the recording or save it at a lower bit rate, then add it again.',
    notRecognised: '"{{name}}" is not an audio file Switchboard recognises; a greeting must be an mp3, wav or m4a file.',
    otherAudio: '"{{name}}" is {{format}} audio; ITNIO accepts only mp3, wav or m4a greetings.',
    notAudio: '"{{name}}" is a {{format}} file, not audio; a greeting must be an mp3, wav or m4a file.',
    cutShort: '"{{name}}" is damaged or cut short: its {{format}} audio could not be read to the end.',
    cutShortHint: 'Copy or export the recording again, then add the new file.',
  },
  greetingFile: {
    notRegular: '"{{name}}" is not a regular file (a pipe, device or folder).',
    notRegularHint: 'Choose an mp3, wav or m4a file.',
    notFound: '"{{name}}" was not found.',
    notFoundHint: 'Check the path and try again.',
    denied: '"{{name}}" cannot be read: permission denied.',
    deniedHint: 'Choose a file you are allowed to read, or change its permissions.',
    unreadable: '"{{name}}" could not be read.',
    unreadableCode: '"{{name}}" could not be read ({{code}}).',
    unreadableHint: 'Try again, or copy the file to another folder first.',
  },
} as const;
