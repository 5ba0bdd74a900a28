// The small DOM kit the three screens are built with. Every node comes from createElement and
// textContent (never innerHTML), nothing sets an inline style (only classes and `hidden`), and
// every listener, timer and request a screen starts goes through its `Ui`, so that `unmount()`
// can take all of them away.
import { text, type Text } from './locale';
import type { Messages } from './messages';

let mounts = 0;

/**
 * Options every screen takes: its language and single messages of your own.
 *
 * @example
 * ```ts
 * const options: ScreenOptions = { locale: 'pt-BR', messages: { 'forgot.title': 'Esqueceu a senha?' } };
 * ```
 */
export interface ScreenOptions {
  /** The language of the screen (BCP 47, e.g. `de`, `pt-BR`), also sent with the emails; default English. */
  locale?: string;
  /** Single messages to use instead of the locale's, e.g. `{ 'forgot.title': 'Locked out?' }`. */
  messages?: Partial<Messages>;
}

/** A mounted screen, as its code sees it. */
export interface Ui extends Text {
  /** The screen's own element inside the target: `<div class="pwflow" lang>`. */
  root: HTMLElement;
  /** Aborted by `unmount()`: passed to every request, so none answers into a removed screen. */
  signal: AbortSignal;
  /** A page-unique id for `name`, for `for`, `aria-*` and the error summary's links. */
  id(name: string): string;
  /** `addEventListener`, undone by `unmount()`. */
  on<K extends keyof HTMLElementEventMap>(node: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): void;
  /** `setTimeout`, cleared by `unmount()`; returns a function that clears it sooner. */
  later(run: () => void, ms: number): () => void;
  /** Something else `unmount()` must stop. */
  onUnmount(stop: () => void): void;
  /** Shows these nodes instead of what the screen showed. */
  show(...nodes: Node[]): void;
  unmount(): void;
}

/**
 * The element a screen goes into: the target itself, or the first match of a selector.
 * A target that is not there is a programmer's error, reported at once.
 */
export function mount(target: Element | string, options: ScreenOptions): Ui {
  const host = typeof target === 'string' ? document.querySelector(target) : target;
  if (!host?.append) throw new TypeError(`pwflow/ui: no element to mount into (${String(target)})`);
  const words = text(options.locale, options.messages);
  const root = h('div', { class: 'pwflow', lang: words.lang });
  const prefix = `pwflow${++mounts}-`;
  const controller = new AbortController();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const stops: (() => void)[] = [() => controller.abort(), () => timers.forEach(clearTimeout)];
  host.append(root);
  return {
    ...words,
    root,
    signal: controller.signal,
    id: (name) => prefix + name,
    on(node, type, listener) {
      node.addEventListener(type, listener);
      stops.push(() => node.removeEventListener(type, listener));
    },
    later(run, ms) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
      return () => {
        clearTimeout(timer);
        timers.delete(timer);
      };
    },
    onUnmount: (stop) => stops.push(stop),
    show: (...nodes) => root.replaceChildren(...nodes),
    unmount() {
      for (const stop of stops.splice(0)) stop();
      root.remove();
    },
  };
}

type Child = Node | string | null | undefined | false;

/**
 * `h('p', { class: 'pwflow-hint', id }, 'text', child)`: an element with attributes and children.
 * `class` and `hidden` are set as properties; `false`, `null` and `undefined` attributes are left out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | null | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value as string;
    else if (name === 'hidden') node.hidden = Boolean(value);
    else if (value != null && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

/** Moves focus to `node`; a heading or alert gets `tabindex="-1"` so that it can take it. */
export function focus(node: HTMLElement): void {
  if (!node.matches('a[href],button,input,select,textarea,[tabindex]')) node.tabIndex = -1;
  node.focus();
}

/** A visually hidden paragraph whose changes screen readers read out when they can (`aria-live="polite"`). */
export const announcer = () => h('p', { class: 'pwflow-sr', 'aria-live': 'polite' });

/** A labelled input with its error slot, wired with `aria-describedby`. */
export interface Field {
  row: HTMLElement;
  input: HTMLInputElement;
  error: HTMLElement;
}

/**
 * A labelled input. `attributes` go on the input; `describedBy` are ids read after the label
 * (a checklist), before the error.
 */
export function field(
  ui: Ui,
  name: string,
  label: string,
  attributes: Record<string, string>,
  describedBy: string[] = [],
  after: Node[] = [],
): Field {
  const id = ui.id(name);
  const error = h('p', { class: 'pwflow-error', id: `${id}-error`, hidden: true });
  const input = h('input', {
    id,
    name,
    required: true,
    spellcheck: 'false',
    autocapitalize: 'none',
    'aria-describedby': [...describedBy, error.id].join(' '),
    ...attributes,
  });
  const row = h('div', { class: 'pwflow-field' }, h('label', { for: id }, label), input, error, ...after);
  return { row, input, error };
}

/** Takes the error away from one field. */
export function unmark({ input, error }: Field): void {
  input.removeAttribute('aria-invalid');
  error.textContent = '';
  error.hidden = true;
}

/** The form's problem box: an error summary that links to each field (GOV.UK), or one alert. */
export interface Problems {
  box: HTMLElement;
  /** Marks each field invalid with its message, lists them in the box and focuses the first. */
  fields(errors: [Field, string][]): void;
  /** Shows `message` in the box and focuses it, so it is both seen and read out. */
  say(message: string): void;
  /** Takes every message away. */
  clear(): void;
}

/**
 * The problem box of a form, with `role="alert"`: what it shows is read out even when the person
 * submitted with Enter and focus stayed where it was.
 */
export function problems(ui: Ui, all: Field[]): Problems {
  const box = h('div', { class: 'pwflow-alert', role: 'alert', hidden: true });
  // A link of the summary focuses its field (the page's own hash routing is left alone).
  ui.on(box, 'click', (event) => {
    const link = (event.target as Element).closest('a');
    const target = link && all.find((f) => `#${f.input.id}` === link.getAttribute('href'));
    if (target) {
      event.preventDefault();
      target.input.focus();
    }
  });
  const fill = (...nodes: Node[]) => {
    box.replaceChildren(...nodes);
    box.hidden = false;
  };
  const clear = () => {
    box.replaceChildren();
    box.hidden = true;
    all.forEach(unmark);
  };
  return {
    box,
    clear,
    fields(errors) {
      clear();
      for (const [{ input, error }, message] of errors) {
        input.setAttribute('aria-invalid', 'true');
        error.textContent = message;
        error.hidden = false;
      }
      fill(h('ul', {}, errors.map(([{ input }, message]) => h('li', {}, h('a', { href: `#${input.id}` }, message)))));
      focus(errors[0]![0].input);
    },
    say(message) {
      clear();
      fill(h('p', {}, message));
      focus(box);
    },
  };
}

/**
 * Marks a button busy while a request runs (`aria-disabled`, a "Sending…" label) and returns a
 * function that restores it. The button is never `disabled`: a disabled button drops the focus
 * it holds to `<body>`. The screens ignore a press while busy.
 */
export function busy(button: HTMLButtonElement, label: string): () => void {
  const idle = button.textContent!;
  button.setAttribute('aria-disabled', 'true');
  button.textContent = label;
  return () => {
    button.removeAttribute('aria-disabled');
    button.textContent = idle;
  };
}

/**
 * Replaces the screen with a result: a focused heading, paragraphs, then actions (links or
 * buttons). `tone` is `success`, `problem` or `info` (a class for the stylesheet).
 */
export function result(ui: Ui, tone: string, title: string, paragraphs: (Node | string)[], actions: Node[] = []): HTMLElement {
  const heading = h('h1', { id: ui.id('title'), class: 'pwflow-title' }, title);
  ui.show(
    h(
      'section',
      { class: `pwflow-result pwflow-${tone}`, 'aria-labelledby': heading.id },
      heading,
      paragraphs.map((p) => (typeof p === 'string' ? h('p', {}, p) : p)),
      actions.length ? h('p', { class: 'pwflow-actions' }, actions) : null,
    ),
  );
  focus(heading);
  return heading;
}
