// Small DOM helpers shared by every screen. Everything is built with createElement and
// textContent (never innerHTML), and nothing sets an inline style: the pages run under
// `script-src 'self'; style-src 'self'`.

/**
 * `h('p', { class: 'hint', id: 'x', 'aria-live': 'polite' }, 'text', child)`.
 * Props: `class`, `text`, `on: { click }`, `hidden`, `disabled`; anything else is an attribute.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === 'hidden' || key === 'disabled') node[key] = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

/** Replaces what `root` shows. */
export function show(root, ...children) {
  root.replaceChildren(...children.flat());
}

/** Moves focus to `node` (a heading or alert gets `tabindex="-1"` so it can take it). */
export function focus(node) {
  if (!node.hasAttribute('tabindex') && !/^(INPUT|BUTTON|A|SELECT|TEXTAREA)$/.test(node.tagName)) {
    node.setAttribute('tabindex', '-1');
  }
  node.focus();
}

/**
 * A labelled input with its hint and error slot, wired with `aria-describedby`.
 * Returns `{ row, input, error }`; the error paragraph stays empty (and hidden) until used.
 */
export function field({ id, label, type = 'text', autocomplete, hint, inputmode, extra }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const input = h('input', {
    id,
    name: id,
    type,
    autocomplete,
    inputmode,
    required: true,
    'aria-describedby': [hintId, `${id}-error`].filter(Boolean).join(' '),
  });
  const row = h(
    'div',
    { class: 'field' },
    h('label', { for: id, text: label }),
    hint ? h('p', { class: 'hint', id: hintId, text: hint }) : null,
    input,
    error,
    extra,
  );
  return { row, input, error };
}

/** Shows `message` next to the input and marks it invalid. */
export function setFieldError(input, message) {
  const error = document.getElementById(`${input.id}-error`);
  input.setAttribute('aria-invalid', 'true');
  if (error) {
    error.textContent = message;
    error.hidden = false;
  }
}

/** Takes the error away from one input. */
export function clearFieldError(input) {
  input.removeAttribute('aria-invalid');
  const error = document.getElementById(`${input.id}-error`);
  if (error) {
    error.textContent = '';
    error.hidden = true;
  }
}

/** Clears every field error and the alert inside `form`. */
export function clearErrors(form) {
  for (const input of form.querySelectorAll('input')) clearFieldError(input);
  const alert = form.querySelector('.alert');
  if (alert) {
    alert.textContent = '';
    alert.hidden = true;
  }
}

/** A form-level message slot: `role="alert"`, hidden while empty. */
export function alertBox() {
  return h('div', { class: 'alert', role: 'alert', hidden: true });
}

/** Fills the alert and moves focus to it, so it is both seen and read out. */
export function showAlert(alert, text) {
  alert.textContent = text;
  alert.hidden = false;
  focus(alert);
}

/** Disables a button while a request runs and says so; returns a function that restores it. */
export function busy(button, label = 'Sending…') {
  const idle = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = label;
  return () => {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = idle;
  };
}

/** `m:ss`, e.g. `0:42`. */
export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Counts `seconds` down against the wall clock (so a throttled background tab stays right):
 * `onTick(secondsLeft)` now and at each whole second, `onDone()` at zero. Returns `stop()`.
 */
export function countdown(seconds, onTick, onDone) {
  const end = Date.now() + Math.max(0, seconds) * 1000;
  let last = -1;
  let timer;
  const tick = () => {
    const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    if (left !== last) {
      last = left;
      if (left > 0) onTick(left);
    }
    if (left === 0) {
      clearInterval(timer);
      onDone();
    }
  };
  timer = setInterval(tick, 250);
  tick();
  return () => clearInterval(timer);
}

/**
 * Replaces `root` with a result panel: a focused heading, paragraphs, then actions
 * (`{ href, text }` links or ready-made nodes). `tone` is 'success', 'problem' or 'info'.
 */
export function result(root, { title, text = [], actions = [], tone = 'info', id }) {
  const heading = h('h1', { id, text: title });
  show(
    root,
    h(
      'section',
      { class: `result ${tone}`, 'aria-labelledby': id },
      heading,
      [].concat(text).map((t) => (typeof t === 'string' ? h('p', { text: t }) : t)),
      actions.length
        ? h('p', { class: 'actions' }, actions.map((a) => (a.href ? h('a', { class: 'button', href: a.href, text: a.text }) : a)))
        : null,
    ),
  );
  focus(heading);
  return heading;
}

/** Keeps `button` disabled for `seconds` (after a rate-limit answer), then gives it back. */
export function hold(button, seconds) {
  button.disabled = true;
  setTimeout(() => {
    if (button.isConnected) button.disabled = false;
  }, seconds * 1000);
}
