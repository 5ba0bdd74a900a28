// @vitest-environment node
// The built bundles in a real page, beyond the example screens: what only a browser can tell.
import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './harness';

const env = useChromium();

describe('dist/pwflow.min.js in Chromium', () => {
  it('takes the page’s own fetch as the fetch option (no "Illegal invocation")', async () => {
    const w = await openPage(env.browser);
    await w.page.goto(`${env.app.url}/`);
    await w.page.addScriptTag({ url: '/dist/pwflow.min.js' });
    const answer = await w.page.evaluate(async () => {
      const { WebAuth } = (window as unknown as { pwflow: typeof import('../../src/index') }).pwflow;
      const webAuth = new WebAuth({ domain: location.origin, fetch: window.fetch });
      const { remaining, rateLimit } = await webAuth.getResetCooldown({ email: 'demo@example.com' });
      return { remaining, limit: rateLimit?.limit };
    });
    expect(answer).toEqual({ remaining: 0, limit: 1000 });
    expect(w.api).toEqual(['GET /api/auth/password/reset/cooldown']);
    await w.finish();
  });
});
