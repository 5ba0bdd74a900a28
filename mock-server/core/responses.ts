/** Every answer body of PROTOCOL.md, built from the wire tables in src/codes.ts (never retyped). */
import { CHANGE_PASSWORD_ERRORS, RESET_ERRORS } from '../../src/codes';
import type { ChangePasswordErrorCode, ResetErrorCode } from '../../src/codes';

/** A JSON response (JSON is UTF-8 by definition, so no charset parameter). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function isResetCode(code: string): code is ResetErrorCode {
  return Object.prototype.hasOwnProperty.call(RESET_ERRORS, code);
}

export function isChangePasswordCode(code: string): code is ChangePasswordErrorCode {
  return Object.prototype.hasOwnProperty.call(CHANGE_PASSWORD_ERRORS, code);
}

/** ISO 8601 without milliseconds, as in PROTOCOL.md's example (`2026-11-22T10:00:00Z`). */
export function timestamp(nowMs: number): string {
  return new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An API B error: `{timestamp, status, code, error, message, path}`. */
export function resetError(
  code: ResetErrorCode,
  context: { nowMs: number; path: string },
  headers: Record<string, string> = {},
): Response {
  const [status, error, message] = RESET_ERRORS[code];
  const body = { timestamp: timestamp(context.nowMs), status, code, error, message, path: context.path };
  return json(status, body, headers);
}

/** Whether the request says its body is JSON (`application/json`, parameters allowed). */
export function isJsonRequest(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** API B's answer to a body that is not `application/json`: 415, as the Spring server behind it does. */
export function unsupportedMediaType(request: Request, context: { nowMs: number; path: string }): Response {
  const type = request.headers.get('content-type');
  const message = type === null ? 'Content-Type is missing' : `Content-Type '${type.slice(0, 100)}' is not supported`;
  return json(415, { timestamp: timestamp(context.nowMs), status: 415, error: 'Unsupported Media Type', message, path: context.path });
}

/** An API A error in its table's body shape; `detail` (e.g. the bad field) is appended to the description. */
export function changePasswordError(
  code: ChangePasswordErrorCode,
  headers: Record<string, string> = {},
  detail?: string,
): Response {
  const [status, shape, description] = CHANGE_PASSWORD_ERRORS[code];
  const text = detail === undefined ? description : `${description}: ${detail}`;
  if (shape === 'bare') return json(status, { error: code }, headers);
  if (shape === 'code') {
    return json(status, { name: 'BadRequestError', code, description: text, statusCode: status }, headers);
  }
  return json(status, { error: code, error_description: text }, headers);
}

/** The extra `failNext` kinds: failures that are not JSON at all. */
export const EXTRA_FAILURES = ['html', 'text', 'network'] as const;

/** The answer for a queued `failNext(code)`. */
export function forcedFailure(
  code: string,
  context: { nowMs: number; path: string; retryAfter?: number },
): Response {
  const headers: Record<string, string> = {};
  if (context.retryAfter !== undefined) headers['Retry-After'] = String(context.retryAfter);
  if (isResetCode(code)) return resetError(code, context, headers);
  if (isChangePasswordCode(code)) return changePasswordError(code, headers);
  if (code === 'html') {
    const page = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><p>nginx</p></body></html>';
    return new Response(page, { status: 502, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
  }
  if (code === 'text') {
    return new Response('Service Unavailable', {
      status: 503,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return Response.error();
}

/** Whether `failNext` knows the code. */
export function isFailureCode(code: string): boolean {
  return isResetCode(code) || isChangePasswordCode(code) || (EXTRA_FAILURES as readonly string[]).includes(code);
}

/** The status a forced failure answers with, to choose a default `Retry-After`. */
export function failureStatus(code: string): number {
  if (isResetCode(code)) return RESET_ERRORS[code][0];
  if (isChangePasswordCode(code)) return CHANGE_PASSWORD_ERRORS[code][0];
  return code === 'html' ? 502 : code === 'text' ? 503 : 0;
}
