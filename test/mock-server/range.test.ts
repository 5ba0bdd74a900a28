// @vitest-environment node
// The reference server's k-anonymity range API (GET /range/{5 hex}), as Have I Been Pwned answers it.
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { breachCount, DEFAULT_BREACHED_PASSWORDS, sha1 } from '../../mock-server/core/range';
import { checkPassword } from '../../src/password-policy';
import { BASE, get } from './helpers';

const PADDED = { 'Add-Padding': 'true' };

/** The rows of a range answer, `[suffix, count]`. */
const rows = (text: string) => text.split('\r\n').map((line) => line.split(':') as [string, string]);

describe('GET /range/{prefix}', () => {
  it('lists a breached password by its suffix and count, padded to 800–1000 rows whose count is 0', async () => {
    const server = createReferenceServer();
    const hash = await sha1('Passw0rd!');
    const response = await get(server, `/range/${hash.slice(0, 5)}`, PADDED);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^([\dA-F]{35}:\d+\r\n)+[\dA-F]{35}:\d+$/);
    const found = rows(text);
    expect(found.length).toBeGreaterThanOrEqual(800);
    expect(found.length).toBeLessThanOrEqual(1000);
    expect(found.filter(([, count]) => count !== '0')).toEqual([[hash.slice(5), String(breachCount(hash))]]);
    // Sorted by suffix, so a real row cannot be told from padding by its place.
    expect(found.map(([suffix]) => suffix)).toEqual(found.map(([suffix]) => suffix).sort());
    // New random padding each time.
    expect(await (await get(server, `/range/${hash.slice(0, 5)}`, PADDED)).text()).not.toBe(text);
  });

  it('answers without padding when not asked, lower-case prefixes too', async () => {
    const server = createReferenceServer();
    const hash = await sha1('password');
    expect(await (await get(server, `/range/${hash.slice(0, 5).toLowerCase()}`)).text()).toBe(`${hash.slice(5)}:${breachCount(hash)}`);
    expect(await (await get(server, '/range/00000')).text()).toBe('');
  });

  it('takes its list from breachedPasswords; the default has classics, some of which pass the default policy', async () => {
    const server = createReferenceServer({ breachedPasswords: ['Correct-Horse-1'] });
    const mine = await sha1('Correct-Horse-1');
    expect(await (await get(server, `/range/${mine.slice(0, 5)}`)).text()).toBe(`${mine.slice(5)}:${breachCount(mine)}`);
    const classic = await sha1('Passw0rd!');
    expect(await (await get(server, `/range/${classic.slice(0, 5)}`)).text()).toBe('');
    expect(DEFAULT_BREACHED_PASSWORDS).toEqual(expect.arrayContaining(['password', '123456']));
    expect(DEFAULT_BREACHED_PASSWORDS.filter((password) => checkPassword(password).valid).length).toBeGreaterThanOrEqual(3);
    expect(() => createReferenceServer({ breachedPasswords: 'password' as unknown as string[] })).toThrow(TypeError);
  });

  it('refuses a prefix that is not 5 hex characters with 400, as the real API', async () => {
    const server = createReferenceServer();
    for (const path of ['/range/ABCD', '/range/ABCDEF', '/range/ABCDG', '/range/']) {
      const response = await get(server, path);
      expect(response.status, path).toBe(400);
      expect(await response.text()).toBe('The hash prefix was not in a valid format');
    }
    expect((await server.handle(new Request(`${BASE}/range/ABCDE`, { method: 'POST' }))).status).toBe(405);
  });

  it('has CORS like the other routes: a preflight allows Add-Padding, the answer names the origin', async () => {
    const server = createReferenceServer({ allowOrigins: ['https://app.example.com'] });
    const preflight = await server.handle(
      new Request(`${BASE}/range/ABCDE`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'add-padding' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('add-padding');
    const response = await get(server, '/range/ABCDE', { Origin: 'https://app.example.com', ...PADDED });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });

  it('fails when failNext asks with { range: true }, and only then', async () => {
    const server = createReferenceServer();
    server.failNext('DATABASE_FAILURE', { range: true });
    expect((await get(server, '/range/ABCDE', PADDED)).status).toBe(500);
    server.failNext('network', { range: true });
    expect((await get(server, '/range/ABCDE', PADDED)).type).toBe('error');
    expect((await get(server, '/range/ABCDE', PADDED)).status).toBe(200);
  });

  it('leaves a failure queued for the API to the API call, and one for the range to the range', async () => {
    const server = createReferenceServer();
    server.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE'); // meant for the reset a page sends after its breach check
    server.failNext('html', { range: true });
    expect((await get(server, '/range/ABCDE', PADDED)).status).toBe(502);
    expect((await get(server, '/range/ABCDE', PADDED)).status).toBe(200);
    const cooldown = await server.handle(new Request('http://x/api/auth/password/reset/cooldown?email=demo%40example.com'));
    expect(cooldown.status).toBe(500);
    expect(await cooldown.json()).toMatchObject({ code: 'POST_COMMIT_SIDE_EFFECT_FAILURE' });
  });
});
