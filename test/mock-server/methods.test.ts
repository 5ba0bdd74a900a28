// @vitest-environment node
// Odd methods get 405 (with Allow) or 501, never 500; HEAD works wherever GET does — in memory
// and over real HTTP (Node's parser and fetch's Request refuse some verbs before our code runs).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { startReferenceServer } from '../../mock-server/node';
import type { RunningReferenceServer } from '../../mock-server/node';
import { BASE, COOLDOWN, REQUEST } from './helpers';

let running: RunningReferenceServer;
beforeAll(async () => {
  running = await startReferenceServer({ port: 0, static: 'docs/examples' });
});
afterAll(() => running?.close());

/** Sends `text` as it is on a fresh connection and resolves the status line and headers that come back. */
function rawHttp(text: string): Promise<{ status: number; head: string; body: string }> {
  const { hostname, port } = new URL(running.url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      done({ status: Number(head.split(' ')[1]), head, body });
    });
    // Keep-alive answers leave the socket open: end our side once the answer is in.
    setTimeout(() => socket.end(), 500);
  });
}

const request = (method: string, path: string) => rawHttp(`${method} ${path} HTTP/1.1\r\nHost: ${new URL(running.url).host}\r\nConnection: close\r\n\r\n`);

describe('odd methods over real HTTP', () => {
  it('answers TRACE and TRACK with 501 on API, page and missing paths alike', async () => {
    for (const method of ['TRACE', 'TRACK']) {
      for (const path of [COOLDOWN, REQUEST, '/', '/mailbox.json', '/nowhere']) {
        const answer = await request(method, path);
        expect(answer.status, `${method} ${path}`).toBe(501);
        expect(answer.head, `${method} ${path}`).toMatch(/content-security-policy: default-src 'self'/i);
      }
    }
  });

  it('answers an unknown verb and CONNECT with 501, not 400 or a dropped connection', async () => {
    expect((await request('FOO', '/')).status).toBe(501);
    expect((await request('FOO', COOLDOWN)).status).toBe(501);
    expect((await rawHttp(`CONNECT ${new URL(running.url).host} HTTP/1.1\r\nHost: ${new URL(running.url).host}\r\n\r\n`)).status).toBe(501);
    // Still a 400 for a request that is not HTTP at all.
    expect((await rawHttp('GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n')).status).toBe(400);
  });

  it('answers a method a path does not take with 405 and its Allow', async () => {
    const api = await request('PROPFIND', COOLDOWN);
    expect([api.status, /^allow: GET, HEAD, OPTIONS$/im.test(api.head)]).toEqual([405, true]);
    const page = await request('DELETE', '/mailbox');
    expect([page.status, /^allow: GET, HEAD$/im.test(page.head)]).toEqual([405, true]);
  });

  it('answers HEAD wherever GET answers, with the same status and headers and no body', async () => {
    for (const path of [`${COOLDOWN}?email=a%40example.com`, '/', '/mailbox', '/mailbox.json', '/mailbox.css', '/styles.css', '/dist/pwflow.min.js', '/nowhere']) {
      const get = await fetch(running.url + path);
      const head = await fetch(running.url + path, { method: 'HEAD' });
      expect([head.status, head.headers.get('content-type')], path).toEqual([get.status, get.headers.get('content-type')]);
      expect(head.headers.get('content-length'), path).toBe(String((await get.arrayBuffer()).byteLength));
      expect(await head.text(), path).toBe('');
    }
  });
});

describe('HEAD in memory', () => {
  it('runs the GET route without the body, and lists HEAD beside GET in Allow', async () => {
    const server = createReferenceServer();
    const head = await server.handle(new Request(`${BASE}${COOLDOWN}?email=a%40example.com`, { method: 'HEAD' }));
    expect([head.status, head.headers.get('content-type'), head.headers.get('x-ratelimit-limit'), await head.text()]).toEqual([200, 'application/json', '30', '']);
    expect(head.headers.get('content-length')).toBe(String('{"remaining":0}'.length));
    const wrong = await server.handle(new Request(`${BASE}${REQUEST}`, { method: 'HEAD' }));
    expect([wrong.status, wrong.headers.get('allow'), await wrong.text()]).toEqual([405, 'POST, OPTIONS', '']);
    const put = await server.handle(new Request(`${BASE}${COOLDOWN}`, { method: 'PUT' }));
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD, OPTIONS']);
  });
});
