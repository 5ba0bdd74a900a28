// @vitest-environment node
// The demo as a person runs it: `npm start` (scripts/start.js, the built dist/) in real Chromium.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, launchBrowser, openPage, STRONG } from './harness';

const START = join(resolve(__dirname, '../..'), 'scripts', 'start.js');
let browser: Browser;
let demo: ChildProcess;
let url = '';

/** Starts `node scripts/start.js <args>` and resolves the URL it prints. */
function startDemo(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [START, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /App:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (found) done({ child, url: found[1]! });
    });
    child.once('exit', (code) => fail(new Error(`npm start exited with ${code}: ${out}`)));
  });
}

/** Console errors and failed loads (a 404 favicon shows as both). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  return problems;
}

interface Mail { kind: string; to: string; link?: string; token?: string }
async function mailbox(): Promise<Mail[]> {
  return (await fetch(`${url}/mailbox.json`)).json() as Promise<Mail[]>;
}
/** The newest reset email in the mailbox. */
async function lastResetMail(): Promise<Mail> {
  return (await mailbox()).filter((m) => m.kind === 'reset').at(-1)!;
}
/** Asks API B for a reset link for the demo account, as curl or a plain page would (`query`: `?locale=ja`), and returns its email. */
async function askForLink(query = ''): Promise<Mail> {
  await fetch(`${url}/api/auth/password/reset-request${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEMO.email }),
  });
  return lastResetMail();
}

beforeAll(async () => {
  let started: { child: ChildProcess; url: string };
  [browser, started] = await Promise.all([launchBrowser(), startDemo(['--port', '0', '--cooldown', '0', '--rate-limit', '1000'])]);
  demo = started.child;
  url = started.url;
});
afterAll(async () => {
  demo?.kill('SIGTERM');
  await browser?.close();
});

describe('npm start in Chromium', () => {
  it('the mailbox page: the demo look, a favicon, local times, and no console error or failed load', async () => {
    await askForLink();
    const w = await openPage(browser);
    const problems = watchProblems(w.page);
    await w.page.goto(`${url}/mailbox`);
    await w.page.getByRole('heading', { name: 'Mailbox' }).waitFor();
    const time = w.page.locator('article time').first();
    const [iso, shown] = [await time.getAttribute('datetime'), await time.textContent()];
    // The page's script replaced the UTC text with the browser's local, human form.
    expect(shown).toBe(await w.page.evaluate((value) => new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }), iso!));
    expect(shown).not.toContain('T');
    const icon = await w.page.evaluate(async () => (await fetch('/favicon.ico')).status);
    expect(icon).toBe(200);
    // The demo's card and site header, as on the example pages.
    expect(await w.page.locator('header.site nav a').allTextContents()).toEqual(['pwflow examples', 'Mailbox']);
    expect(await w.page.locator('main.card').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await w.shot('demo-mailbox');
    expect(problems).toEqual([]);
    await w.finish();
  });

  it('a link asked for from the SPA lands on the SPA reset route, in the language asked in; one from the plain page on /reset-password', async () => {
    const w = await openPage(browser);
    await w.page.goto(`${url}/spa/?lang=de#/forgot-password`);
    await w.page.getByLabel('E-Mail-Adresse').fill(DEMO.email);
    await w.page.getByRole('button', { name: 'Link senden' }).click();
    await w.page.getByRole('heading', { name: 'Prüfen Sie Ihren Posteingang' }).waitFor();
    let mail = await lastResetMail();
    expect(mail.link).toBe(`${url}/spa/?lang=de#/reset-password?token=${mail.token}`);
    await w.page.goto(mail.link!);
    await w.page.getByRole('heading', { name: 'Neues Passwort festlegen' }).waitFor();

    await w.page.goto(`${url}/spa/?lang=en#/forgot-password`);
    await w.page.getByLabel('Email address').fill(DEMO.email);
    await w.page.getByRole('button', { name: 'Send reset link' }).click();
    await w.page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    mail = await lastResetMail();
    expect(mail.link).toBe(`${url}/spa/?lang=en#/reset-password?token=${mail.token}`);

    await w.page.goto(mail.link!);
    await w.page.getByLabel('New password', { exact: true }).fill(STRONG);
    await w.page.getByLabel('Confirm new password', { exact: true }).fill(STRONG);
    expect(w.page.url()).toBe(`${url}/spa/?lang=en#/reset-password`);
    await w.page.getByRole('button', { name: 'Change password' }).click();
    await w.page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    // The next step is one click away.
    await w.page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await w.page.getByRole('heading', { name: 'Sign in' }).waitFor();

    // Asked for without the SPA's header (the plain pages, curl): the server's own reset page.
    const plain = await askForLink();
    expect(plain.link).toBe(`${url}/reset-password?token=${plain.token}`);
    const japanese = await askForLink('?locale=ja');
    expect(japanese.link).toBe(`${url}/reset-password?lang=ja&token=${japanese.token}`);
    await w.finish();
  });

  it('the reset screen, under the demo\'s strict CSP, refuses a leaked password before sending it: only a hash prefix leaves the page', async () => {
    const mail = await askForLink();
    const w = await openPage(browser);
    const problems = watchProblems(w.page);
    const ranges: string[] = [];
    w.page.on('request', (request) => {
      const found = new URL(request.url());
      if (found.pathname.startsWith('/range/')) ranges.push(`${request.method()} ${found.pathname}${found.search} ${request.headers()['add-padding']}`);
    });
    const page = await w.page.goto(mail.link!);
    expect(page!.headers()['content-security-policy']).toContain("script-src 'self'");
    // "Passw0rd!" passes every character rule, and is on the reference server's list of leaked passwords.
    const leaked = 'Passw0rd!';
    await w.page.getByLabel('New password', { exact: true }).fill(leaked);
    await w.page.getByLabel('Confirm new password', { exact: true }).fill(leaked);
    await w.page.getByRole('button', { name: 'Change password' }).click();
    const refusal = w.page.getByText(/^This password was found in [\d,]+ data breaches\. Choose another\.$/).first();
    await refusal.waitFor();
    await w.shot('demo-reset-leaked-password');
    // The range API got the first 5 hex characters of the password's SHA-1, padded; the reset API nothing.
    const sha1 = await w.page.evaluate(async (text) => {
      const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
      return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
    }, leaked);
    expect(ranges).toEqual([`GET /range/${sha1.slice(0, 5)} true`]);
    expect(w.api).toEqual([]);

    // A password no breach knows goes through.
    await w.page.getByLabel('New password', { exact: true }).fill(STRONG);
    await w.page.getByLabel('Confirm new password', { exact: true }).fill(STRONG);
    await w.page.getByRole('button', { name: 'Change password' }).click();
    await w.page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    await w.page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await w.shot('demo-reset-done');
    expect(ranges).toHaveLength(2);
    expect(w.api).toEqual(['POST /api/auth/password/reset']);
    expect(problems).toEqual([]);
    await w.finish();
  });

  it('the sign-in page: after a reset through the API the old password is refused and the new one accepted', async () => {
    /** Resets the demo password through API B as the SDK would: reset-request, the mailed token, reset. */
    async function resetTo(password: string): Promise<void> {
      const json = { 'Content-Type': 'application/json' };
      const { token } = await askForLink();
      const reset = await fetch(`${url}/api/auth/password/reset?token=${token}`, { method: 'POST', headers: json, body: JSON.stringify({ newPassword: password }) });
      expect(reset.status).toBe(200);
    }
    await resetTo('Old-Passw0rd!1');
    await resetTo('New-Passw0rd!2');

    const w = await openPage(browser);
    const problems = watchProblems(w.page);
    await w.page.goto(`${url}/sign-in.html`);
    await w.page.getByLabel('Email address').fill(DEMO.email);
    await w.page.getByLabel('Password').fill('Old-Passw0rd!1');
    await w.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(w.page.getByRole('alert').textContent()).resolves.toBe(
      'That email and password do not match. If you just reset your password, use the new one.',
    );
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('status');
    await w.shot('demo-sign-in-refused');

    await w.page.getByLabel('Password').fill('New-Passw0rd!2');
    await w.page.getByRole('button', { name: 'Sign in' }).click();
    await w.page.getByRole('heading', { name: 'You are signed in' }).waitFor();
    expect(await w.page.locator('#who').textContent()).toBe(`Signed in as ${DEMO.email}.`);
    await w.shot('demo-sign-in-accepted');
    // The refused attempt is the page's answer, not a console error (Chromium logs failed fetches: 401 only).
    expect(problems.filter((problem) => !/401/.test(problem))).toEqual([]);
    expect(w.api).toEqual(['POST /api/auth/login', 'POST /api/auth/login']);
    await w.finish();
  });
});
