/** Reading and checking request input: a capped JSON body, emails, strings. */
import { isEmail as isEmailAddress } from '../../src/email';

/** Bodies above this many bytes are refused with 400 before they are parsed. */
export const MAX_BODY_BYTES = 10 * 1024;

export type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

/** Reads a JSON object body, stopping as soon as it passes {@link MAX_BODY_BYTES}. Never throws. */
export async function readJsonObject(request: Request): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) return { ok: false, reason: 'body too large' };
  let bytes: Uint8Array;
  try {
    const read = await readCapped(request);
    if (!read) return { ok: false, reason: 'body too large' };
    bytes = read;
  } catch {
    return { ok: false, reason: 'body could not be read' };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'body is not a JSON object' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

async function readCapped(request: Request): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The SDK's own email check (src/email.ts), for any value. */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && isEmailAddress(value);
}

/** A non-empty string. */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
