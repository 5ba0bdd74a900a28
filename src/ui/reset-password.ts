// "Choose a new password": the page the emailed link opens. Takes the token out of the address
// bar at once, says straight away when the link is missing, malformed or expired (with the way to
// a new one), ticks the password rules as the person types, and has words for every error.
import type { PasswordRule, ResetPasswordResult, WebAuth } from 'pwflow';
import { announcer, busy, type Field, field, h, mount, problems, result, type ScreenOptions, type Ui, unmark } from './dom';
import { errorText } from './errors';
import { checkPassword, DEFAULT_PASSWORD_POLICY, linkState, readResetLink } from './sdk';

/**
 * Options of {@link mountResetPassword}.
 *
 * @example
 * ```ts
 * const options: ResetPasswordScreenOptions = { webAuth, forgotPasswordUrl: '/forgot-password', onDone: () => location.assign('/login') };
 * ```
 */
export interface ResetPasswordScreenOptions extends ScreenOptions {
  /** The `WebAuth` that sends the new password (`resetPassword`). */
  webAuth: WebAuth;
  /** Called once the password has been changed and the screen says so. */
  onDone?: (result: ResetPasswordResult) => void;
  /** The "Forgot your password?" page: where a link that cannot be used sends the person for a new one. */
  forgotPasswordUrl?: string;
}

type LinkProblem = 'missing' | 'malformed' | 'expired' | 'used' | 'invalid';

/**
 * Mounts the "Choose a new password" screen into `target` (an element or a selector), on the page
 * the reset email links to. At once it takes the token out of the address bar (`readResetLink`
 * with `clear`), and when the link is missing, malformed or expired says so, with a link to
 * `forgotPasswordUrl` for a new one. Otherwise: the new password with the rules ticked as the
 * person types, its confirmation, show/hide buttons, and the result (`webAuth.resetPassword`,
 * with `locale` for the "password changed" email). Returns `unmount()`, which removes every
 * node, listener and timer and cancels a request under way.
 *
 * @throws {TypeError} when `target` is neither an element nor a selector that matches one.
 *
 * @example
 * ```ts
 * import { WebAuth } from 'pwflow';
 * import { mountResetPassword } from 'pwflow/ui';
 *
 * // On https://app.example.com/reset-password?token=eyJ…
 * const webAuth = new WebAuth({ domain: 'auth.example.com' });
 * mountResetPassword('#app', {
 *   webAuth,
 *   forgotPasswordUrl: '/forgot-password',
 *   onDone: () => setTimeout(() => location.assign('/login'), 3000),
 * });
 * ```
 */
export function mountResetPassword(target: Element | string, options: ResetPasswordScreenOptions): { unmount(): void } {
  const { webAuth, locale, onDone, forgotPasswordUrl } = options;
  // The token leaves the address bar (and so history, bookmarks and screenshots) before anything else.
  const link = readResetLink({ clear: true });
  const ui = mount(target, options);
  const { t } = ui;

  const linkProblem = (state: LinkProblem) =>
    result(
      ui,
      'problem',
      t(`link.${state}Title`),
      [t(state === 'missing' || state === 'malformed' ? 'link.reopen' : `link.${state}`)],
      forgotPasswordUrl ? [h('a', { class: 'pwflow-button', href: forgotPasswordUrl }, t('link.newLink'))] : [],
    );
  const done = (answer: ResetPasswordResult, note?: string) => {
    result(ui, 'success', t('reset.doneTitle'), note ? [t('reset.done'), note] : [t('reset.done')]);
    onDone?.(answer);
  };

  if (link.state !== 'ok') {
    linkProblem(link.state);
    return { unmount: ui.unmount };
  }
  const { token } = link;

  const status = announcer();
  const rules = checklist(ui, status);
  const password = secret(ui, 'password', t('reset.password'), status, rules);
  const confirm = secret(ui, 'confirm', t('reset.confirm'), status);
  const problem = problems(ui, [password.field, confirm.field]);
  const submit = h('button', { type: 'submit', class: 'pwflow-button' }, t('reset.submit'));
  const title = h('h1', { id: ui.id('title'), class: 'pwflow-title' }, t('reset.title'));
  // For password managers: the account the new password belongs to (the token does not name it).
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', hidden: true, tabindex: '-1' });
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': title.id },
    problem.box,
    username,
    password.field.row,
    confirm.field.row,
    status,
    submit,
  );
  ui.show(title, form);

  ui.on(password.field.input, 'input', () => rules.update(password.field.input.value));
  ui.on(confirm.field.input, 'input', () => {
    // Once the error shows, it goes as soon as the two match. (No check on blur: an error
    // appearing then moves the submit button away from the pointer that is about to click it.)
    if (confirm.field.input.value === password.field.input.value) unmark(confirm.field);
  });

  let pending = false;
  ui.on(form, 'submit', async (event) => {
    event.preventDefault();
    if (pending) return;
    password.hide();
    confirm.hide();
    problem.clear();
    const value = password.field.input.value;
    const again = confirm.field.input.value;
    const errors: [Field, string][] = [];
    if (!value) errors.push([password.field, t('field.passwordMissing')]);
    else if (!checkPassword(value).valid) errors.push([password.field, t('field.passwordRules')]);
    if (!again) errors.push([confirm.field, t('field.confirmMissing')]);
    else if (value && again !== value) errors.push([confirm.field, t('field.mismatch')]);
    if (errors.length) return problem.fields(errors);

    pending = true;
    const idle = busy(submit, t('common.busy'));
    try {
      done(await webAuth.resetPassword({ password: value, token, locale, signal: ui.signal }));
    } catch (error) {
      if (ui.signal.aborted) return;
      pending = false;
      idle();
      const { code, rateLimit, fields = [] } = error as { code?: string; rateLimit?: ResetPasswordResult['rateLimit']; fields?: { path: string; message: string; rule?: string }[] };
      // PROTOCOL.md: the password DID change; only a follow-up step (ending other sessions) failed.
      if (code === 'POST_COMMIT_SIDE_EFFECT_FAILURE') return done({ success: true, rateLimit: rateLimit ?? null }, errorText(ui, error));
      const state = linkState(error, token);
      if (state) return linkProblem(state);
      if (code === 'USER_NOT_FOUND') return linkProblem('invalid');
      if (code === 'INVALID_REQUEST') return problem.fields([[password.field, t('field.passwordRefused')]]);
      const said = fields.filter((f) => f.path === 'password').map((f) => fieldText(ui, f.rule, f.message));
      if (code === 'invalid_request' && said.length) return problem.fields([[password.field, [...new Set(said)].join(' ')]]);
      problem.say(errorText(ui, error));
    }
  });
  return { unmount: ui.unmount };
}

/** The words for one failed password field: a known data breach (with its count), a rule, or the server's refusal. */
function fieldText(ui: Ui, rule: string | undefined, message: string): string {
  if (rule === 'breached') {
    // The check reports how often the password was seen; its message carries the count.
    const count = Number(/\d[\d,.]*/.exec(message)?.[0].replace(/\D/g, ''));
    return ui.t('rule.breached', { count: count || 1 });
  }
  return ui.t(rule ? 'field.passwordRules' : 'field.passwordRefused');
}

/**
 * A password field with GOV.UK's show/hide button: named by what it will do and the field's own
 * label ("Show New password"), `aria-controls` the input, a polite announcement after each press.
 * `hide()` puts it back to hidden (on submit).
 */
function secret(ui: Ui, name: string, label: string, status: HTMLElement, rules?: { list: HTMLElement }) {
  const { t } = ui;
  const input = field(ui, name, label, { type: 'password', autocomplete: 'new-password' }, rules ? [rules.list.id] : [], rules ? [rules.list] : []);
  const toggle = h('button', { type: 'button', class: 'pwflow-toggle', 'aria-controls': input.input.id });
  // The input and its button side by side: moved into one wrapper right after the label.
  const pair = h('div', { class: 'pwflow-password' });
  input.input.replaceWith(pair);
  pair.append(input.input, toggle);
  const set = (shown: boolean) => {
    input.input.type = shown ? 'text' : 'password';
    toggle.textContent = t(shown ? 'password.hide' : 'password.show');
    toggle.setAttribute('aria-label', t(shown ? 'password.hideField' : 'password.showField', { field: label }));
  };
  set(false);
  ui.on(toggle, 'click', () => {
    const shown = input.input.type === 'password';
    set(shown);
    status.textContent = t(shown ? 'password.shown' : 'password.hidden');
  });
  return { field: input, hide: () => set(false) };
}

/** The rules of the default policy as a checklist, ticked as the person types, with a spoken summary once typing stops. */
function checklist(ui: Ui, status: HTMLElement) {
  const { t } = ui;
  const all: PasswordRule[] = ['minLength', 'uppercase', 'lowercase', 'digit', 'special'];
  const rules = all.filter((rule) => rule === 'minLength' || DEFAULT_PASSWORD_POLICY[rule]);
  const label = (rule: PasswordRule) => t(`rule.${rule}`, { count: DEFAULT_PASSWORD_POLICY.minLength });
  const items = rules.map((rule) => {
    const state = h('span', { class: 'pwflow-sr' });
    return { rule, state, li: h('li', { class: 'pwflow-rule' }, h('span', { class: 'pwflow-mark', 'aria-hidden': 'true' }), label(rule), state) };
  });
  const list = h(
    'div',
    { class: 'pwflow-rules', id: ui.id('rules') },
    h('p', { class: 'pwflow-rules-title' }, t('reset.rulesTitle')),
    h('ul', {}, items.map((item) => item.li)),
  );
  let quiet = () => {};
  const update = (value: string) => {
    const { failed } = checkPassword(value);
    for (const { rule, state, li } of items) {
      const met = !failed.includes(rule);
      li.classList.toggle('pwflow-met', met);
      state.textContent = `, ${t(met ? 'reset.ruleMet' : 'reset.ruleUnmet')}`;
    }
    // Read out a short summary a moment after typing stops, not at every key. Mid-sentence, only
    // a label's first letter goes lower case: "(A–Z)" stays "(A–Z)", German nouns keep theirs.
    quiet();
    if (value) {
      quiet = ui.later(() => {
        const left = rules.filter((rule) => failed.includes(rule)).map((rule) => {
          const words = label(rule);
          return words.charAt(0).toLocaleLowerCase(ui.lang) + words.slice(1);
        });
        status.textContent = left.length ? t('reset.stillNeeded', { rules: ui.list(left) }) : t('reset.allMet');
      }, 900);
    }
  };
  update('');
  return { list, update };
}
