export default {
  language: {
    title: 'Language',
    about: "Switchboard's window speaks this language, and writes dates, times and numbers its way. The command line stays in English.",
    label: 'Language of the window',
    system: "The system's ({{language}})",
  },
} as const;
