export default {
  groupExists: { message: 'A phone group named "{{group}}" already exists in this application.', hint: 'Choose a group name that is not used yet.' },
  phoneNameExists: { message: 'Phones named "{{name}}" already exist in this application.', hint: 'Choose a phone name that is not used yet.' },
} as const;
