// @vitest-environment node
// A call that succeeded must not show as failed in the browser: Chromium reports a request whose
// response body was read only through a stream reader as aborted (net::ERR_ABORTED in DevTools, a
// `requestfailed` event here) about one time in two when the answer is `Cache-Control: no-store`,
// as the reference server's (and most auth servers') are. Many calls of every kind, in real
// Chromium against the Node reference server (answers with Content-Length: read with text()), and
// against a server that answers chunked, without it (read through a clone): not one failed
// request, not one console error. And the one failure a browser explains least, a request its CSP
// refused, says where to look.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './harness';

const env = useChromium();

describe('finished bodies in Chromium', () => {
  it('120 calls, answers and refusals: no request reported failed, no console error', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    const failed: string[] = [];
    const consoleErrors: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.method()} ${new URL(request.url()).pathname} ${request.failure()?.errorText}`));
    // (Chromium logs every 4xx answer, the refused resets' 401s here, as "Failed to load resource".)
    page.on('console', (message) => {
      if (message.type() === 'error' && !/server responded with a status of 401/.test(message.text())) consoleErrors.push(message.text());
    });
    await page.goto(`${env.app.url}/`);
    await page.addScriptTag({ url: '/dist/pwflow.min.js' });
    const outcomes = await page.evaluate(async () => {
      const { WebAuth } = (window as unknown as { pwflow: typeof import('../../src/index') }).pwflow;
      const webAuth = new WebAuth({ domain: location.origin, clientID: 'demo-client' });
      const seen: string[] = [];
      const note = (promise: Promise<unknown>) =>
        promise.then(
          () => seen.push('ok'),
          (error: { code: string }) => seen.push(error.code),
        );
      for (let i = 0; i < 30; i++) {
        await note(webAuth.getResetCooldown({ email: 'demo@example.com' }));
        await note(webAuth.requestReset({ email: `user${i}@example.com` }));
        await note(webAuth.changePassword({ connection: 'Username-Password-Authentication', email: `user${i}@example.com` }));
        await note(webAuth.resetPassword({ password: 'Brand-New-Passw0rd!', token: `not.a.token${i}` }));
      }
      return seen;
    });
    expect(outcomes).toHaveLength(120);
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(90);
    expect(outcomes.filter((outcome) => outcome !== 'ok')).toEqual(Array.from({ length: 30 }, () => 'PASSWORD_RESET_TOKEN_INVALID'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await w.finish();
  });

  it('120 answers without Content-Length (chunked, no-store): read through a clone, none reported failed', { timeout: 60_000 }, async () => {
    const script = readFileSync(join(__dirname, '..', '..', 'dist', 'pwflow.min.js'));
    const chunked = createServer((request, response) => {
      if (request.url === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>chunked</title>');
      if (request.url === '/pwflow.min.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.write('{"remaining":');
      setTimeout(() => response.end('0}'), 1);
    });
    await new Promise<void>((resolve) => chunked.listen(0, '127.0.0.1', resolve));
    try {
      const w = await openPage(env.browser);
      const { page } = w;
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`));
      const headers: (string | undefined)[] = [];
      page.on('response', (response) => void (response.url().includes('/cooldown') && headers.push(response.headers()['content-length'])));
      await page.goto(`http://127.0.0.1:${(chunked.address() as { port: number }).port}/`);
      await page.addScriptTag({ url: '/pwflow.min.js' });
      const remaining = await page.evaluate(async () => {
        const { WebAuth } = (window as unknown as { pwflow: typeof import('../../src/index') }).pwflow;
        const webAuth = new WebAuth({ domain: location.origin });
        const seen: number[] = [];
        for (let i = 0; i < 120; i++) seen.push((await webAuth.getResetCooldown({ email: 'demo@example.com' })).remaining);
        return seen;
      });
      expect(remaining).toEqual(Array.from({ length: 120 }, () => 0));
      expect(headers.filter((length) => length !== undefined)).toEqual([]); // no Content-Length: the clone path
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
      expect(failed).toEqual([]);
      await w.context.close();
    } finally {
      await new Promise((resolve) => chunked.close(resolve));
    }
  });

  it('a call the page\'s CSP refuses: network_error whose description says to look at CSP connect-src and CORS', async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/`);
    await page.addScriptTag({ url: '/dist/pwflow.min.js' });
    // The page allows connect-src 'self' only; localhost is another origin than 127.0.0.1.
    const other = env.app.url.replace('127.0.0.1', 'localhost');
    const error = await page.evaluate(async (domain) => {
      const { WebAuth } = (window as unknown as { pwflow: typeof import('../../src/index') }).pwflow;
      return new WebAuth({ domain }).getResetCooldown({ email: 'demo@example.com' }).then(
        () => null,
        (e: { code: string; description: string }) => ({ code: e.code, description: e.description }),
      );
    }, other);
    expect(error).toEqual({ code: 'network_error', description: expect.stringMatching(/CSP connect-src.*CORS/) });
    expect(w.csp.length).toBeGreaterThan(0); // it was the CSP
    await w.context.close();
  });
});
