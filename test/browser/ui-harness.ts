// What the tests of the ready-made screens (`pwflow/ui`, test/browser/ui-*.test.ts) add to
// ./harness.ts: the variants every state is shown in (language, width, colour scheme), one check of
// a state (screenshot, axe-core, English left over, horizontal scroll, focus, CSP) and keyboard-only
// driving. The screens run in the example pages (docs/examples, `?lang=`) under the Node reference
// server's CSP, so what is tested is what a script-tag user ships.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import de from '../../src/ui/locales/de';
import ja from '../../src/ui/locales/ja';
import { english, type Messages } from '../../src/ui/messages';
import { DESKTOP, type Watched, openPage } from './harness';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'ui');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Lang = 'en' | 'de' | 'ja';

/**
 * `expect.poll` with room for a busy machine: Vitest's default gives up after one second, and two
 * cores shared by several Chromiums are slower than that at times.
 */
export function poll<T>(read: () => T | Promise<T>, message?: string) {
  return expect.poll(read, { timeout: 10_000, interval: 100, ...(message === undefined ? {} : { message }) });
}

/** One way a person may see the screens. */
export interface Variant {
  name: string;
  lang: Lang;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
}

export const NARROW = { width: 320, height: 640 };

/**
 * Every state is reached in each of these: English on a desktop; 320 px wide in English (dark),
 * German (its long words are the hardest to fit) and Japanese (dark).
 */
export const VARIANTS: readonly Variant[] = [
  { name: 'en', lang: 'en', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'en-320-dark', lang: 'en', viewport: NARROW, colorScheme: 'dark' },
  { name: 'de-320', lang: 'de', viewport: NARROW, colorScheme: 'light' },
  { name: 'ja-320-dark', lang: 'ja', viewport: NARROW, colorScheme: 'dark' },
];

export interface UiPage extends Watched {
  variant: Variant;
  /** `path` on the test server with `lang` added to its query (kept for `en` too: the switcher's own value). */
  url(path: string): string;
}

/** A watched page (CSP, errors, API calls) in `variant`'s viewport and colour scheme, animations off. */
export async function openUi(browser: Browser, origin: string, variant: Variant): Promise<UiPage> {
  const w = await openPage(browser, {
    viewport: variant.viewport,
    colorScheme: variant.colorScheme,
    reducedMotion: 'reduce',
    locale: variant.lang === 'en' ? 'en-US' : variant.lang,
  });
  // axe-core schedules its work with setTimeout: keep the browser's own timers for it, taken before
  // a test installs Playwright's fake clock (paused, that clock would stop axe for good).
  await w.context.addInitScript(() => {
    (window as unknown as { __axeTimers: unknown[] }).__axeTimers = [setTimeout, clearTimeout, setInterval, clearInterval];
  });
  return {
    ...w,
    variant,
    url(path) {
      const url = new URL(path, origin);
      url.searchParams.set('lang', variant.lang);
      return url.href;
    },
  };
}

/** axe-core's serious and critical violations on the page, as `rule: target…` lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: an injected
  // <script> (page.addScriptTag, even with `path`) is inline and `script-src 'self'` refuses it.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(`(function (setTimeout, clearTimeout, setInterval, clearInterval) {\n${AXE_SOURCE}\n}).apply(window, window.__axeTimers || [setTimeout, clearTimeout, setInterval, clearInterval])`);
  }
  return page.evaluate(async (context) => {
    type Node = { target: unknown[]; any: { data?: { messageKey?: string } | null }[] };
    type Rule = { id: string; impact: string | null; help: string; nodes: Node[] };
    type AxeResult = { violations: Rule[]; incomplete: Rule[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const { violations, incomplete } = await axe.run(context ? { include: [context] } : document, { resultTypes: ['violations', 'incomplete'] });
    // Text in exactly its background's colour is invisible, yet axe files it under "needs review"
    // (it might be hidden on purpose): here it is a violation.
    const invisible = incomplete
      .filter((rule) => rule.id === 'color-contrast')
      .map((rule) => ({ ...rule, impact: 'serious', nodes: rule.nodes.filter((n) => n.any.some((check) => check.data?.messageKey === 'equalRatio')) }))
      .filter((rule) => rule.nodes.length > 0);
    return [...violations, ...invisible]
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, include ?? null);
}

type Catalogue = Readonly<Record<string, string | { one?: string; other: string }>>;

const CATALOGUES: Record<Lang, Messages> = { en: english, de, ja };

/** The English pieces every translated state is searched for. */
export const ENGLISH = englishPieces(english);

/**
 * The words a screen shows in `lang`, read from the catalogues (not from the screens' code): the
 * oracle the tests find buttons, labels and messages by.
 */
export function words(lang: Lang) {
  const messages = CATALOGUES[lang];
  const plurals = new Intl.PluralRules(lang);
  /** The message `key` with its placeholders filled in; a key the catalogue lacks is a mistake in the test. */
  const t = (key: string, values: Record<string, string | number> = {}): string => {
    const message = messages[key as keyof Messages];
    if (message === undefined) throw new Error(`no message ${key} in the ${lang} catalogue`);
    const chosen = typeof message === 'string' ? message : (plurals.select(Number(values.count)) === 'one' && message.one) || message.other;
    return chosen.replace(/\{(\w+)\}/g, (all, name: string) => {
      const value = values[name];
      return value === undefined ? all : typeof value === 'number' ? value.toLocaleString(lang) : value;
    });
  };
  /** A wait in words: "42 seconds", "1 minute, 5 seconds" (a unit list of the language), "a moment" for none. */
  const wait = (seconds: number): string => {
    if (!(seconds > 0)) return t('time.moment');
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (!minutes) return t('time.seconds', { count: rest });
    const inMinutes = t('time.minutes', { count: minutes });
    return rest ? new Intl.ListFormat(lang, { type: 'unit' }).format([inMinutes, t('time.seconds', { count: rest })]) : inMinutes;
  };
  return { t, wait };
}

/**
 * The literal pieces of every English message (split at `{placeholders}`), longest first, without
 * those too short to be telling (`to`, `in`) unless they are a whole message (`Hide`).
 */
export function englishPieces(english: Catalogue): string[] {
  const pieces = new Set<string>();
  for (const value of Object.values(english)) {
    for (const text of typeof value === 'string' ? [value] : [value.one, value.other]) {
      if (!text) continue;
      for (const piece of text.split(/\{\w+\}/)) {
        const trimmed = piece.trim().replace(/^[,.:;()]+|[,.:;()]+$/g, '').trim();
        if (/[A-Za-z]{2}/.test(trimmed) && (trimmed.length >= 5 || piece === text)) pieces.add(trimmed);
      }
    }
  }
  return [...pieces].sort((a, b) => b.length - a.length);
}

/** The English pieces found in the text `root` shows (visible text, plus accessible names and values). */
export async function englishLeft(page: Page, root: string, pieces: readonly string[]): Promise<string[]> {
  const shown = await page.locator(root).evaluate((node) => {
    const texts = [(node as HTMLElement).innerText];
    for (const el of node.querySelectorAll('[aria-label], [placeholder], [title], input[type="submit"], input[type="button"]')) {
      for (const name of ['aria-label', 'placeholder', 'title', 'value']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts.join('\n').replace(/[ \t]+/g, ' ');
  });
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return pieces.filter((piece) => new RegExp(`(^|[^A-Za-z])${escape(piece)}($|[^A-Za-z])`).test(shown));
}

/** Whether the page scrolls sideways (the layout is wider than the viewport). */
export function scrollsSideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number } | null> {
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return scrollWidth > clientWidth ? { scrollWidth, clientWidth } : null;
  });
}

/**
 * What every screen's test starts from: the screen's words in `w`'s language, its alert, its own
 * text (not the page's header), and {@link checkState} for its states.
 */
export function screenBase(w: UiPage, screen: string) {
  const { page } = w;
  return {
    ...words(w.variant.lang),
    alert: page.getByRole('alert'),
    text: () => page.locator('#app').innerText(),
    check: (state: string, focus?: CheckOptions['focus']) =>
      checkState(w, screen, state, { english: ENGLISH, ...(focus === undefined ? {} : { focus }) }),
  };
}

export interface CheckOptions {
  /** The element the screen is mounted in. Default `#app`. */
  root?: string;
  /** English pieces to look for when the variant is not English (see {@link englishPieces}). */
  english?: readonly string[];
  /** Where focus must be (after an action); `false` when focus may still be on <body> (a fresh load). */
  focus?: Locator | false;
}

/**
 * Everything every state must pass: focus where it belongs (never dropped on <body> after an
 * action), no serious or critical axe-core violation, no English word left in `de`/`ja`, no
 * sideways scroll, and a screenshot at test/artifacts/ui/<screen>/<state>.<variant>.png. (No CSP
 * violation and no page error are checked by `finish()`.)
 */
export async function checkState(w: UiPage, screen: string, state: string, options: CheckOptions = {}): Promise<void> {
  const { page, variant } = w;
  const root = options.root ?? '#app';
  const where = `${screen}/${state} (${variant.name})`;
  const { focus } = options;
  if (focus) await poll(() => focus.evaluate((el) => el === document.activeElement), `${where}: focus`).toBe(true);
  else if (focus !== false) {
    await poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body), `${where}: focus is on <body>`).toBe(true);
  }
  mkdirSync(join(ARTIFACTS, screen), { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, screen, `${state}.${variant.name}.png`), fullPage: true });
  expect(await axeViolations(page), `${where}: axe-core`).toEqual([]);
  if (variant.lang !== 'en' && options.english) expect(await englishLeft(page, root, options.english), `${where}: English left`).toEqual([]);
  expect(await scrollsSideways(page), `${where}: scrolls sideways`).toBeNull();
  const lang = await page.locator(root).evaluate((node) => node.closest('[lang]')?.getAttribute('lang') ?? '');
  expect(lang.split('-')[0], `${where}: lang attribute`).toBe(variant.lang);
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user would; fails after
 * `max` presses. No mouse is involved.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 25 } = {}): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} never got focus after ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Tabs to `target` and types `text` into it (what is there first is selected and replaced). */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Whether `target` has focus. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** What a screen reader reads after `target`'s name: the text of the elements its aria-describedby names. */
export function description(target: Locator): Promise<string> {
  return target.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
      .join(' ')
      .trim(),
  );
}
