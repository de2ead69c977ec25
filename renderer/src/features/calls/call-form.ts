import { useForm, type UseFormReturnType } from '@mantine/form';
import { placeCallInput } from '../../../../contract/schemas/calls';
import { useDialer } from './store';
import { schemaRules } from '../../ui/field-errors';

export interface CallFormValues {
  /** As typed or pasted; normalised by the shared schema. */
  callee: string;
  defaultCountry: string;
  account: string;
  displayNum: string;
  calledInfo: string;
}

export type CallForm = UseFormReturnType<CallFormValues>;

// The schema main parses the call with: the same rules, the same words. One function for the
// form's life keeps the form's setters stable, so the dial pad need not re-render with each key.
const resolveCall = schemaRules<CallFormValues>(placeCallInput);
const validateCall = (values: CallFormValues) => resolveCall(values);

export function useCallForm(): CallForm {
  return useForm<CallFormValues>({
    mode: 'controlled',
    initialValues: { callee: '', defaultCountry: useDialer.getState().homeCountry, account: '', displayNum: '', calledInfo: '' },
    validate: validateCall,
    validateInputOnBlur: true,
  });
}
