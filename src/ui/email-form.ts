// The email form the "forgot password" and "change password" screens open with: the address, the
// summary of problems, and a submit that sends once at a time and says what went wrong.
import { busy, field, h, problems, type Ui } from './dom';
import { errorText } from './errors';
import type { Messages } from './messages';

/** What differs between the screens that ask for an address. */
export interface EmailForm {
  title: keyof Messages;
  submit: keyof Messages;
  /** The address to fill in. */
  initial: string;
  /** Error codes that mean the server refused the address: the field says so. */
  refused: readonly string[];
  /** Sends to the address and shows what follows; a rejection is shown by the form. */
  send(address: string): Promise<void>;
  /** Answers an error itself (and returns true) before the form's own words for it. */
  handled?(address: string, error: unknown): boolean;
}

/** Shows the form in the screen; returns its email input (to focus when coming back to it). */
export function emailForm(ui: Ui, form: EmailForm): HTMLInputElement {
  const { t } = ui;
  const email = field(ui, 'email', t('common.email'), { type: 'email', autocomplete: 'email' });
  email.input.value = form.initial;
  const problem = problems(ui, [email]);
  const submit = h('button', { type: 'submit', class: 'pwflow-button' }, t(form.submit));
  const title = h('h1', { id: ui.id('title'), class: 'pwflow-title' }, t(form.title));
  const element = h('form', { novalidate: true, 'aria-labelledby': title.id }, problem.box, email.row, submit);
  ui.show(title, h('p', {}, t('common.intro')), element);

  let pending = false;
  ui.on(element, 'submit', async (event) => {
    event.preventDefault();
    if (pending) return;
    problem.clear();
    const address = email.input.value.trim();
    if (!address) return problem.fields([[email, t('field.emailMissing')]]);
    pending = true;
    const idle = busy(submit, t('common.busy'));
    try {
      await form.send(address);
    } catch (error) {
      if (ui.signal.aborted) return;
      pending = false;
      idle();
      if (form.handled?.(address, error)) return;
      if (form.refused.includes((error as { code?: string }).code!)) problem.fields([[email, t('field.emailInvalid')]]);
      else problem.say(errorText(ui, error));
    }
  });
  return email.input;
}
