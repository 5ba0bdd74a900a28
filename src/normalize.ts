import { WebAuthError } from './errors';
import type { Reply } from './transport';

/** A request that did not get a response: the thrown error and what we know of its cause. */
export interface Thrown {
  error: unknown;
  reason?: 'timeout' | 'aborted' | undefined;
  /** A value to scrub from the underlying error's message (the reset token). */
  secret?: string | undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, 500) : undefined;

/** What to say when the server said nothing we can show. */
const said = {
  timeout: 'The server did not answer in time',
  aborted: 'The request was aborted',
  invalid_response: 'The answer could not be read',
  network_error: 'The server could not be reached',
};

function fromThrown({ error, reason, secret }: Thrown): WebAuthError {
  if (error instanceof WebAuthError) return error;
  const code = reason ?? (error instanceof RangeError ? 'invalid_response' : 'network_error');
  const leaks = secret && error instanceof Error && error.message.includes(secret);
  return new WebAuthError({
    code,
    description: said[code],
    // Some fetch implementations put the URL, and so the reset token, in their messages.
    original: leaks ? Object.assign(new Error(error.message.split(secret).join('[redacted]')), { name: error.name }) : error,
  });
}

function fromReply({ status, body, html, rateLimit, retryAfter }: Reply): WebAuthError {
  const ok = status < 300;
  const fields = (typeof body === 'object' && body) || {};
  // API B sends `code` + `message`; API A sends `code` + `description`, or `error` + `error_description`.
  const { code, error, message, description, error_description } = fields as Record<string, unknown>;
  return new WebAuthError({
    code: ok
      ? 'invalid_response'
      : (text(code) ??
        text(error) ??
        (status === 429 ? 'too_many_requests' : status >= 500 ? 'server_error' : 'request_failed')),
    description: ok
      ? said.invalid_response
      : (text(message) ??
        text(description) ??
        text(error_description) ??
        text(error) ??
        (html ? undefined : text(body)) ??
        `The server answered with HTTP status ${status}`),
    statusCode: status,
    rateLimit,
    retryAfter,
    original: body,
  });
}

/**
 * The one place a `WebAuthError` is made from a failure: a response that is not a result (any
 * error status, or a 2xx whose body does not fit), or a request that got no response.
 */
export function toWebAuthError(failure: Reply | Thrown): WebAuthError {
  return 'status' in failure ? fromReply(failure) : fromThrown(failure);
}
