import { MantineProvider, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldError, type AppError } from '../../../../../contract/result';
import { changeRef } from '../../../../../contract/schemas/changes';
import { i18n } from '../../../../../renderer/src/i18n';
import { fieldMessage, putOnField, schemaRules, type PutOnFieldOptions } from '../../../../../renderer/src/ui/field-errors';

interface Values {
  sipTrunkName: string;
  groupList: { number: string }[];
}

/** A form built the way the screens build theirs: a plain field, and one in a list row. */
function renderForm() {
  let form!: UseFormReturnType<Values>;
  function Form() {
    form = useForm<Values>({ mode: 'controlled', initialValues: { sipTrunkName: '', groupList: [{ number: '' }] } });
    return (
      <>
        <TextInput label="Trunk name" {...form.getInputProps('sipTrunkName')} />
        <TextInput label="Number" {...form.getInputProps('groupList.0.number')} />
      </>
    );
  }
  render(
    <MantineProvider>
      <Form />
    </MantineProvider>,
  );
  const put = (error: AppError, options?: PutOnFieldOptions) => {
    let put = false;
    act(() => {
      put = putOnField(form, error, options);
    });
    return put;
  };
  return { put, errors: () => form.errors };
}

const NOTHING_SENT = 'Correct the highlighted field and try again. Nothing was sent.';
const nameField = () => screen.getByRole('textbox', { name: 'Trunk name' });
const numberField = () => screen.getByRole('textbox', { name: 'Number' });

describe('putOnField', () => {
  it("puts main's refusal under its field as the rule alone, the field's name left to its label", () => {
    const { put } = renderForm();
    expect(put(fieldError('sipTrunkName', 'must be at most 50 characters', NOTHING_SENT))).toBe(true);
    expect(screen.getByText('must be at most 50 characters')).toBeTruthy();
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).not.toContain('sipTrunkName:');
    expect(document.body.textContent).not.toContain('Correct the highlighted field');
  });

  it('reaches a field in a list row by its dotted path', () => {
    const { put } = renderForm();
    expect(put(fieldError('groupList.0.number', 'must be digits only', NOTHING_SENT))).toBe(true);
    expect(numberField().getAttribute('aria-invalid')).toBe('true');
    expect(nameField().getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.getByText('must be digits only')).toBeTruthy();
    expect(document.activeElement).not.toBe(numberField());
  });

  it("shows a vendor's refusal, which has no rule, as its whole message, with its hint when asked", () => {
    const { put } = renderForm();
    const taken: AppError = { kind: 'vendor', code: '-47', field: 'sipTrunkName', message: 'Another trunk already has this name.', hint: 'Choose a name no other trunk uses.' };
    expect(put(taken, { hint: true })).toBe(true);
    expect(screen.getByText('Another trunk already has this name. Choose a name no other trunk uses.')).toBeTruthy();
  });

  it('moves the focus to the field when asked', () => {
    const { put } = renderForm();
    put(fieldError('groupList.0.number', 'must be digits only', NOTHING_SENT), { focus: true });
    expect(document.activeElement).toBe(numberField());
  });

  it('answers false and leaves the form alone for an error about none of its fields', () => {
    const { put, errors } = renderForm();
    expect(put(fieldError('keyId', 'there is no SIP trunk 9 on this profile', 'Refresh the trunk list.'))).toBe(false);
    expect(put({ kind: 'network', message: 'ITNIO could not be reached.', hint: 'Check the connection.' })).toBe(false);
    expect(errors()).toEqual({});
  });
});

describe('fieldMessage', () => {
  it('says the rule, else the message; with the hint only when asked, less what goes without saying', () => {
    const refused = fieldError('appId', 'is required (this profile has no app id)', 'Enter the voice application id. Nothing was sent.');
    expect(fieldMessage(refused)).toBe('is required (this profile has no app id)');
    expect(fieldMessage(refused, { hint: true })).toBe('is required (this profile has no app id) Enter the voice application id.');
    expect(fieldMessage({ kind: 'file', message: 'The settings could not be saved.', hint: 'Try again.' })).toBe('The settings could not be saved.');
  });
});

describe('in Chinese', () => {
  it("puts main's refusal under its field in the window's language, and keeps a rule the catalog lacks in English", async () => {
    await i18n.changeLanguage('zh-CN');
    const { put } = renderForm();
    put(fieldError('sipTrunkName', 'must be at most 50 characters', NOTHING_SENT));
    expect(screen.getByText('不能超过 50 个字符')).toBeTruthy();
    put(fieldError('groupList.0.number', 'must be digits only', NOTHING_SENT));
    expect(screen.getByText('must be digits only')).toBeTruthy();
  });

  it('says the hint in Chinese, less what goes without saying', async () => {
    await i18n.changeLanguage('zh-CN');
    const refused = fieldError('appId', 'is required (this profile has no app id)', 'Enter the voice application id. Nothing was sent.');
    expect(fieldMessage(refused, { hint: true })).toBe('为必填项（此配置没有应用ID） 请输入语音应用ID。');
  });

  it("shows a form's own check by a contract schema in Chinese, the schema's English kept for main and the CLI", async () => {
    await i18n.changeLanguage('zh-CN');
    let form!: UseFormReturnType<{ id: string }>;
    function Form() {
      form = useForm({ mode: 'controlled', initialValues: { id: '' }, validate: schemaRules(changeRef) });
      return <TextInput label="Change" {...form.getInputProps('id')} />;
    }
    render(
      <MantineProvider>
        <Form />
      </MantineProvider>,
    );
    act(() => {
      form.validate();
    });
    expect(screen.getByText('为必填项')).toBeTruthy();
    act(() => {
      form.setFieldValue('id', 'x'.repeat(65));
      form.validate();
    });
    expect(screen.getByText('不能超过 64 个字符')).toBeTruthy();
    expect(changeRef.safeParse({ id: '' }).error?.issues[0]?.message).toBe('is required');
  });
});
