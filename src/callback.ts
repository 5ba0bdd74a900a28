import type { WebAuthError } from './errors';

/**
 * A Node-style callback: `(error, result)`, with `error === null` on success.
 * Narrowing on `error` types `result`.
 *
 * @example
 * ```ts
 * webAuth.requestReset({ email }, (error, result) => {
 *   if (error) return show(error.description);
 *   startCountdown(result.cooldown);
 * });
 * ```
 */
export type Callback<T> = (...args: [error: WebAuthError, result: undefined] | [error: null, result: T]) => void;

/**
 * Runs one call in the form the caller chose: the promise itself, or the callback called exactly
 * once, never synchronously. The callback runs in a microtask of its own, so an exception thrown
 * in it surfaces as an uncaught error and is never taken for a failure of the call.
 */
export function deliver<T>(promise: Promise<T>, callback: Callback<T> | undefined): Promise<T> | undefined {
  if (typeof callback !== 'function') return promise;
  promise.then(
    (result) => queueMicrotask(() => callback(null, result)),
    (error: WebAuthError) => queueMicrotask(() => callback(error, undefined)),
  );
  return undefined;
}
