/** Switchboard's data folder (main/platform/storage): a file kept busy, a write the disk refused. */
export default {
  busy: {
    message: 'Another Switchboard window or command kept {{file}} busy for {{seconds}} s, so nothing was sent or changed.',
    hint: 'Try again in a moment. If it keeps happening, close other Switchboard windows and commands.',
  },
  notWritten: {
    message: 'Switchboard could not write to its data folder: {{problem}}. Nothing was sent or changed.',
    hint: 'Free some space or fix the folder permissions, then try again.',
  },
  folder: {
    diskFull: 'the disk is full',
    quotaUsed: 'the disk quota is used up',
    notWritable: 'it is not writable for this user',
    readOnly: 'it is on a read-only disk',
  },
} as const;
