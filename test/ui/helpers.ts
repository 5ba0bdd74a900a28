// What the screen tests share: the reference server behind MSW, a WebAuth on it, a fresh element
// to mount into, and a person's actions (type, press Enter, click) done the way the DOM does them.
import { afterEach, expect, vi } from 'vitest';
import { WebAuth } from '../../src/index';
import { ORIGIN, useReferenceServer } from '../support/network';

export { ORIGIN };
export const DEMO = { email: 'demo@example.com', password: 'Demo-Passw0rd!' };
export const STRONG = 'Brand-New-Passw0rd!';
export const CONNECTION = 'Username-Password-Authentication';

/** The reference server (reset after each test), its request log, and a WebAuth on it. */
export function useServer() {
  const { reference, sent } = useReferenceServer();
  const webAuth = new WebAuth({ domain: ORIGIN, clientID: 'demo-client' });
  afterEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/');
    sessionStorage.clear();
    vi.useRealTimers();
  });
  return { reference, sent, webAuth };
}

/** A fresh element in the page to mount a screen into. */
export function host(): HTMLElement {
  const element = document.createElement('main');
  document.body.append(element);
  return element;
}

/** The only element matching `selector` inside `root`. */
export function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelectorAll<T & Element>(selector);
  expect(found, `one ${selector}`).toHaveLength(1);
  return found[0]!;
}

/** The button (or link) whose text is `name`. */
export function button(root: ParentNode, name: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('button, a')].filter((b) => b.textContent === name);
  expect(found, `a button "${name}"`).toHaveLength(1);
  return found[0]!;
}

/** The input whose label says `label`. */
export function input(root: ParentNode, label: string): HTMLInputElement {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent === label);
  expect(labels, `a label "${label}"`).toHaveLength(1);
  return document.getElementById(labels[0]!.htmlFor) as HTMLInputElement;
}

/** Types `value` into `field` as a person does: focus, value, an input event. */
export function type(field: HTMLInputElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Presses Enter in `field`: the form is submitted and focus stays in the field. */
export function enter(field: HTMLInputElement): void {
  field.focus();
  field.form!.requestSubmit();
}

/** Waits until `check` passes (it may be asynchronous work in the screen). */
export const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });

/** The text a screen reader reads for the element (its text, without hidden parts' markup). */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
