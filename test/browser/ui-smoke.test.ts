// @vitest-environment node
// A smoke test of the script-tag screens in real Chromium, under the strict CSP of issue 14:
// dist/pwflow.min.js, then dist/pwflow-ui.min.js, dist/locales/de.js and dist/pwflow-ui.css, and a
// page script of our own. (The full state matrix of every screen is in test/browser/ui-*.test.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/ui/locales/de';
import { english } from '../../src/ui/messages';
import { DEMO, PHONE, STRONG, lastEmail, openPage, useChromium } from './harness';

const env = useChromium();
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

/** Serves a page that mounts `mount` (the body of a function of `pwflow`, `webAuth`) at `path`. */
async function screen(page: Page, path: string, mount: string) {
  const origin = env.app.url;
  await page.route(`${origin}/smoke.js`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `const webAuth = new pwflow.WebAuth({ domain: location.origin, clientID: 'demo-client' });\n${mount}`,
    }),
  );
  const pathname = path.split('?')[0];
  await page.route((url) => url.origin === origin && url.pathname === pathname, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>pwflow/ui</title><link rel="stylesheet" href="/dist/pwflow-ui.css"></head>
<body><main id="app"></main>
<script src="/dist/pwflow.min.js"></script><script src="/dist/pwflow-ui.min.js"></script>
<script src="/dist/locales/de.js"></script><script src="/smoke.js"></script></body></html>`,
    }),
  );
  await page.goto(`${origin}${path}`);
}

describe('pwflow/ui by script tag, in Chromium, under a strict CSP', () => {
  it('forgot password in German sends the email in German; the page has one SDK and pwflow.ui', async () => {
    const w = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    const { page } = w;
    await screen(page, '/forgot', "pwflow.ui.mountForgotPassword('#app', { webAuth, locale: 'de' });");
    await page.getByLabel(de['common.email']).fill(DEMO.email);
    await page.getByLabel(de['common.email']).press('Enter');
    await page.getByRole('heading', { name: de['common.inbox'] }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('.pwflow').getAttribute('lang')).toBe('de');
    expect(lastEmail(env.app.server, 'reset')).toMatchObject({ locale: 'de' });
    // At 320 px nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => Object.keys((window as unknown as { pwflow: { ui: object } }).pwflow.ui).sort())).toEqual([
      'english',
      'mountChangePassword',
      'mountForgotPassword',
      'mountResetPassword',
      'registerLocale',
    ]);
    await w.shot('ui-smoke-forgot-de-320');
    await w.finish();
  });

  it('reset password from the emailed link, in dark mode: token out of the address bar, show/hide, changed', async () => {
    const w = await openPage(env.browser, { viewport: PHONE, colorScheme: 'dark' });
    const { page } = w;
    await page.request.post(`${env.app.url}/api/auth/password/reset-request`, { data: { email: DEMO.email } });
    const link = new URL(lastEmail(env.app.server, 'reset').link!);
    await screen(page, `${link.pathname}${link.search}`, "pwflow.ui.mountResetPassword('#app', { webAuth, forgotPasswordUrl: '/forgot' });");
    const password = page.getByLabel(english['reset.password'], { exact: true });
    await password.waitFor();
    expect(new URL(page.url()).search).toBe('');
    await password.fill(STRONG);
    await page.getByRole('button', { name: `${english['password.show']} ${english['reset.password']}` }).click();
    expect(await password.getAttribute('type')).toBe('text');
    await page.getByLabel(english['reset.confirm'], { exact: true }).fill(STRONG);
    await w.shot('ui-smoke-reset-form-dark');
    await page.getByRole('button', { name: english['reset.submit'] }).click();
    await page.getByRole('heading', { name: english['reset.doneTitle'] }).waitFor();
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    await w.shot('ui-smoke-reset-done');
    await w.finish();
  });
});
