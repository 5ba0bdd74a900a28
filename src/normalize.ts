import { WebAuthError } from './errors';
import type { Call, Reply } from './transport';

/** A request that did not get a response: the thrown error and what we know of its cause. */
export interface Thrown {
  error: unknown;
  reason?: 'timeout' | 'aborted' | undefined;
}

export const trimmed = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** What to say when the server said nothing we can show. */
const said = {
  timeout: 'The server did not answer in time',
  aborted: 'The request was aborted',
  invalid_response: 'The answer could not be read',
  network_error: 'The server could not be reached',
};

function fromThrown({ error, reason }: Thrown): WebAuthError {
  const code = reason ?? 'network_error';
  let description = said[code];
  try {
    // A bare TypeError ("Failed to fetch") is all a browser says when it is offline or refused
    // the request itself: say where to look. (In a try: `instanceof` throws on a revoked proxy.)
    if (!reason && error instanceof TypeError && !error.cause) description += ' (offline, or blocked by CSP connect-src or CORS)';
  } catch {}
  return new WebAuthError({ code, description, original: error });
}

function fromReply({ status, body, html, rateLimit, retryAfter }: Reply, codeInError?: boolean): WebAuthError {
  const ok = status < 300;
  const fields = (typeof body === 'object' && body) || {};
  // API B sends `code` + `message`; API A sends `code` + `description`, or `error` + `error_description`.
  const { code, error, message, description, error_description } = fields as Record<string, unknown>;
  return new WebAuthError({
    code: ok
      ? 'invalid_response'
      : (trimmed(code) ??
        (codeInError ? trimmed(error) : undefined) ??
        (status === 429 ? 'too_many_requests' : status >= 500 ? 'server_error' : 'request_failed')),
    description: ok
      ? said.invalid_response
      : (trimmed(message) ??
        trimmed(description) ??
        trimmed(error_description) ??
        trimmed(error) ??
        (html ? undefined : trimmed(body)) ??
        `The server answered with HTTP status ${status}`),
    statusCode: status,
    rateLimit,
    retryAfter,
    original: body,
  });
}

/**
 * The one place a `WebAuthError` is made from a failure: a response that is not a result (any
 * error status, or a 2xx whose body does not fit), or a request that got no response. `secret`
 * (the reset token) is cut out of everything the error carries: servers and fetch implementations
 * may quote the request URL in their messages.
 */
export function toWebAuthError(failure: Reply | Thrown, { secret, codeInError }: Pick<Call, 'secret' | 'codeInError'> = {}): WebAuthError {
  const error = 'status' in failure ? fromReply(failure, codeInError) : fromThrown(failure);
  // The token comes out before the 500-character cut: a cut through it would keep most of it. So
  // does each form a URL may quote it in: as sent (form-encoded, the query pwflow builds) and
  // percent-encoded (a server's echo of the URL).
  const forms = secret ? [secret, new URLSearchParams([['', secret]]).toString().slice(1)] : [];
  try {
    if (secret) forms.push(encodeURIComponent(secret));
  } catch {
    // A lone surrogate has no percent-encoded form (URIError), nor can a URL quote one.
  }
  const scrub = (text: string) => forms.reduce((rest, form) => rest.split(form).join('[redacted]'), text);
  let { original } = error;
  if (secret) {
    // A copy of JSON values with each string and key cut on its own: never the JSON text, where
    // a token holding `"`, `\` or a control character is written escaped. An original that
    // cannot be copied (a cycle, a getter that throws, a revoked proxy) is dropped.
    try {
      original = JSON.parse(JSON.stringify(original instanceof Error ? { name: original.name, message: original.message } : original) ?? 'null', (_, value) =>
        typeof value === 'string'
          ? scrub(value)
          : value && typeof value === 'object' && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key), item]))
            : value,
      );
    } catch {
      original = undefined;
    }
  }
  return new WebAuthError({ ...error, code: scrub(error.code).slice(0, 500), description: scrub(error.description).slice(0, 500), original });
}
