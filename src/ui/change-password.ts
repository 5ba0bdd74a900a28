// "Change your password" (Auth0 style, `webAuth.changePassword`): the server emails the person a
// link; the screen says so in the page's language.
import type { ChangePasswordResult, WebAuth } from 'pwflow';
import { busy, field, h, mount, problems, result, type ScreenOptions } from './dom';
import { errorText } from './errors';

/**
 * Options of {@link mountChangePassword}.
 *
 * @example
 * ```ts
 * const options: ChangePasswordScreenOptions = { webAuth, connection: 'Username-Password-Authentication', email: user.email };
 * ```
 */
export interface ChangePasswordScreenOptions extends ScreenOptions {
  /** A `WebAuth` with a `clientID`. */
  webAuth: WebAuth;
  /** The database connection, e.g. `Username-Password-Authentication`. */
  connection: string;
  /** The address to fill in (the signed-in person's); it can still be changed. */
  email?: string;
  /** Called after the server accepted the request and the screen shows "Check your inbox". */
  onSent?: (result: ChangePasswordResult) => void;
}

/**
 * Mounts the "Change your password" screen into `target` (an element or a selector): an email
 * field (filled in with `email`), a button that asks the server to email a link
 * (`webAuth.changePassword`), then "Check your inbox". Returns `unmount()`, which removes every
 * node and listener and cancels a request under way.
 *
 * @throws {TypeError} when `target` is neither an element nor a selector that matches one.
 *
 * @example
 * ```ts
 * import { WebAuth } from 'pwflow';
 * import { mountChangePassword } from 'pwflow/ui';
 *
 * const webAuth = new WebAuth({ domain: 'auth.example.com', clientID: 'my-client-id' });
 * const screen = mountChangePassword('#account', {
 *   webAuth,
 *   connection: 'Username-Password-Authentication',
 *   email: 'ada@example.com',
 *   onSent: () => analytics.track('password-change-requested'),
 * });
 * // later, when the page goes: screen.unmount();
 * ```
 */
export function mountChangePassword(target: Element | string, options: ChangePasswordScreenOptions): { unmount(): void } {
  const { webAuth, connection, onSent } = options;
  const ui = mount(target, options);
  const { t } = ui;
  const email = field(ui, 'email', t('common.email'), { type: 'email', autocomplete: 'email' });
  email.input.value = options.email ?? '';
  const problem = problems(ui, [email]);
  const submit = h('button', { type: 'submit', class: 'pwflow-button' }, t('change.submit'));
  const title = h('h1', { id: ui.id('title'), class: 'pwflow-title' }, t('change.title'));
  const form = h('form', { novalidate: true, 'aria-labelledby': title.id }, problem.box, email.row, submit);
  ui.show(title, h('p', {}, t('common.intro')), form);

  let pending = false;
  ui.on(form, 'submit', async (event) => {
    event.preventDefault();
    if (pending) return;
    problem.clear();
    const address = email.input.value.trim();
    if (!address) return problem.fields([[email, t('field.emailMissing')]]);
    pending = true;
    const idle = busy(submit, t('common.busy'));
    try {
      const answer = await webAuth.changePassword({ connection, email: address, signal: ui.signal });
      result(ui, 'success', t('common.inbox'), [
        h('p', {}, ui.parts('change.sent', { email: h('strong', {}, address) })),
        t('common.spam'),
      ]);
      onSent?.(answer);
    } catch (error) {
      if (ui.signal.aborted) return;
      pending = false;
      idle();
      const code = (error as { code?: string }).code;
      if (code === 'invalid_request' || code === 'invalid_parameter') problem.fields([[email, t('field.emailInvalid')]]);
      else problem.say(errorText(ui, error));
    }
  });
  return { unmount: ui.unmount };
}
