/**
 * Reset tokens: compact JWTs signed HS256 with a per-server random key (Web Crypto only).
 * Verification goes through `crypto.subtle.verify`, which compares the MAC in constant time.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url';

/** What a reset token carries. `ver` is the user's secret version: rotating it spends every token. */
export interface ResetClaims {
  sub: string;
  iat: number;
  exp: number;
  ver: string;
}

/** Why a token did not verify. */
export type TokenProblem = 'invalid' | 'expired';

const HEADER = encodeBase64Url(new TextEncoder().encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));

/** A fresh HMAC-SHA-256 key from 32 random bytes. */
export function createSigningKey(): Promise<CryptoKey> {
  const raw = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return globalThis.crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

/** Signs the claims into `header.payload.signature`. */
export async function signToken(key: CryptoKey, claims: ResetClaims): Promise<string> {
  const payload = encodeBase64Url(new TextEncoder().encode(JSON.stringify(claims)));
  const input = `${HEADER}.${payload}`;
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input));
  return `${input}.${encodeBase64Url(new Uint8Array(mac))}`;
}

/**
 * Verifies signature first (so nothing about an unsigned token is believed), then `exp` against `nowMs`.
 * Any malformed token is `invalid`; never throws.
 */
export async function verifyToken(
  key: CryptoKey,
  token: string,
  nowMs: number,
): Promise<{ ok: true; claims: ResetClaims } | { ok: false; problem: TokenProblem }> {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, problem: 'invalid' };
  const [header, payload, signature] = parts as [string, string, string];
  const mac = decodeBase64Url(signature);
  const headerJson = parseJson(header);
  if (!mac || !isRecord(headerJson) || headerJson.alg !== 'HS256') return { ok: false, problem: 'invalid' };
  const signed = new TextEncoder().encode(`${header}.${payload}`);
  let valid = false;
  try {
    valid = await globalThis.crypto.subtle.verify('HMAC', key, mac, signed);
  } catch {
    valid = false;
  }
  const claims = valid ? parseJson(payload) : undefined;
  if (!isClaims(claims)) return { ok: false, problem: 'invalid' };
  if (claims.exp * 1000 <= nowMs) return { ok: false, problem: 'expired' };
  return { ok: true, claims };
}

function parseJson(part: string): unknown {
  const bytes = decodeBase64Url(part);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isClaims(value: unknown): value is ResetClaims {
  return (
    isRecord(value) &&
    typeof value.sub === 'string' &&
    typeof value.ver === 'string' &&
    Number.isFinite(value.exp) &&
    Number.isFinite(value.iat)
  );
}
