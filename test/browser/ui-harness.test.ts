// @vitest-environment node
// The checks of ./ui-harness.ts can fail: each one, shown something it must catch, catches it. (Run on
// the examples' start page, under the same CSP as the screens.)
import { describe, expect, it } from 'vitest';
import { type UiPage, VARIANTS, axeViolations, englishLeft, englishPieces, openUi, scrollsSideways, tabTo } from './ui-harness';
import { useChromium } from './harness';

const env = useChromium();
const narrow = VARIANTS.find((v) => v.name === 'de-320')!;

async function start(): Promise<UiPage> {
  const w = await openUi(env.browser, env.app.url, narrow);
  await w.page.goto(w.url('/'));
  return w;
}

describe('the screens’ harness', () => {
  it('the server sends the strict CSP the screens must live under', async () => {
    const res = await fetch(`${env.app.url}/forgot-password.html`);
    const csp = Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]),
    );
    expect(csp).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'style-src': "'self'", 'connect-src': "'self'" });
  });

  it('axe-core runs under that CSP (no violation caused by injecting it) and reports a serious problem', async () => {
    const w = await start();
    expect(await axeViolations(w.page)).toEqual([]);
    await w.page.evaluate(() => {
      const input = document.createElement('input'); // no label: axe's "label" rule, critical
      input.id = 'unlabelled';
      document.querySelector('main')!.append(input);
    });
    const found = await axeViolations(w.page);
    expect(found.join('\n')).toMatch(/^label \(critical\).*#unlabelled/m);
    // Text in its background's colour: axe only asks for a review; the harness counts it.
    await w.page.evaluate(() => {
      const link = document.querySelector('main a')!;
      (link as HTMLElement).style.color = getComputedStyle(document.querySelector('main')!).backgroundColor;
      link.id = 'invisible';
    });
    expect((await axeViolations(w.page)).join('\n')).toMatch(/^color-contrast \(serious\).*#invisible/m);
    await w.finish(); // no CSP violation from axe itself
  });

  it('finds English left in a translated screen, and not in the words of another language', async () => {
    const pieces = englishPieces({
      title: 'Check your inbox',
      sent: 'We sent an email to {email} a moment ago.',
      seconds: { one: '{count} second', other: '{count} seconds' },
      show: 'Show',
    });
    expect(pieces).toEqual(['We sent an email to', 'Check your inbox', 'a moment ago', 'seconds', 'second', 'Show']);
    const w = await start();
    await w.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Bitte warten Sie 42 seconds. Showroom.';
      document.querySelector('main')!.replaceChildren(p);
    });
    expect(await englishLeft(w.page, 'main', pieces)).toEqual(['seconds']);
    await w.page.evaluate(() => {
      document.querySelector('main p')!.textContent = 'Wir haben vor einem Moment eine E-Mail an a@b.de geschickt.';
    });
    expect(await englishLeft(w.page, 'main', pieces)).toEqual([]);
    await w.finish();
  });

  it('notices a page that scrolls sideways at 320 px', async () => {
    const w = await start();
    expect(await scrollsSideways(w.page)).toBeNull();
    await w.page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '400px'; // CSSOM, which style-src allows (a style= attribute it would not)
      wide.style.height = '1px';
      document.body.append(wide);
    });
    expect(await scrollsSideways(w.page)).toMatchObject({ clientWidth: 320 });
    await w.finish();
  });

  it('reaches a link with the keyboard alone', async () => {
    const w = await start();
    const mailbox = w.page.getByRole('link', { name: 'Mailbox' }).first();
    await tabTo(w.page, mailbox);
    await w.page.keyboard.press('Enter');
    await w.page.getByRole('heading', { name: 'Mailbox' }).waitFor();
    await w.finish();
  });
});
