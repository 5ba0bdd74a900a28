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

function fromThrown({ error, reason, secret }: Thrown): WebAuthError {
  if (error instanceof WebAuthError) return error;
  let original = error;
  if (secret && error instanceof Error && error.message.includes(secret)) {
    original = Object.assign(new Error(error.message.split(secret).join('[redacted]')), { name: error.name });
  }
  const [code, description] =
    reason === 'timeout'
      ? ['timeout', 'The server did not answer in time']
      : reason === 'aborted'
        ? ['aborted', 'The request was aborted']
        : error instanceof RangeError
          ? ['invalid_response', 'The response body is too large']
          : ['network_error', 'The server could not be reached (network failure, CORS or a redirect)'];
  return new WebAuthError({ code, description, original });
}

function fromReply({ status, body, html, rateLimit, retryAfter }: Reply): WebAuthError {
  const ok = status >= 200 && status < 300;
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  // API B sends `code` + `message`; API A sends `code` + `description`, or `error` + `error_description`.
  const code = ok ? undefined : (text(fields.code) ?? text(fields.error));
  const description =
    text(fields.message) ??
    text(fields.description) ??
    text(fields.error_description) ??
    text(fields.error) ??
    (html || ok ? undefined : text(body));
  return new WebAuthError({
    code:
      code ??
      (ok
        ? 'invalid_response'
        : status === 429
          ? 'too_many_requests'
          : status >= 500
            ? 'server_error'
            : 'request_failed'),
    description: ok
      ? 'The server answered with a body pwflow does not understand'
      : (description ?? `The server answered with HTTP status ${status}`),
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
