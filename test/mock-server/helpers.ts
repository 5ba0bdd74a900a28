import { expect } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import type { ReferenceServer, ReferenceServerOptions } from '../../mock-server/index';

export const BASE = 'https://auth.example.com';
export const A = '/dbconnections/change_password';
export const REQUEST = '/api/auth/password/reset-request';
export const COOLDOWN = '/api/auth/password/reset/cooldown';
export const RESET = '/api/auth/password/reset';
export const DEMO = { email: 'demo@example.com', password: 'Demo-Passw0rd!' };
export const NEW_PASSWORD = 'New-Passw0rd!';

/** A JSON POST; `body` strings are sent as they are. */
export function post(server: ReferenceServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  return server.handle(
    new Request(BASE + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export function get(server: ReferenceServer, path: string, headers: Record<string, string> = {}) {
  return server.handle(new Request(BASE + path, { headers }));
}

/** Status, body and the headers that matter, in one object for exact assertions. */
export async function answer(response: Response) {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, type: response.headers.get('content-type') };
}

/** A fresh server and the demo user's reset token. */
export async function withToken(options: ReferenceServerOptions = {}, locale = '') {
  const server = createReferenceServer(options);
  const response = await post(server, `${REQUEST}${locale ? `?locale=${locale}` : ''}`, { email: DEMO.email });
  if (response.status !== 200) throw new Error(`reset-request answered ${response.status}`);
  const token = server.outbox.at(-1)?.token;
  if (!token) throw new Error('no token was mailed');
  return { server, token };
}

/** The API B error body for `code`, with the timestamp matched loosely. */
export function bError(code: string, status: number, error: string, message: string, path: string) {
  return { timestamp: expectTimestamp, status, code, error, message, path };
}

const expectTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

export function decodePayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));
}
