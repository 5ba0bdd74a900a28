// "Change your password" (Auth0 style, `webAuth.changePassword`): the server emails the person a
// link; the screen says so in the page's language.
import type { ChangePasswordResult, WebAuth } from 'pwflow';
import { h, mount, result, type ScreenOptions } from './dom';
import { emailForm } from './email-form';

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
  emailForm(ui, {
    title: 'change.title',
    submit: 'change.submit',
    initial: options.email ?? '',
    refused: ['invalid_request', 'invalid_parameter'],
    async send(address) {
      const answer = await webAuth.changePassword({ connection, email: address, signal: ui.signal });
      result(ui, 'success', t('common.inbox'), [
        h('p', {}, ui.parts('change.sent', { email: h('strong', {}, address) })),
        t('common.spam'),
      ]);
      onSent?.(answer);
    },
  });
  return { unmount: ui.unmount };
}
