/**
 * The wire tables of PROTOCOL.md, in one place. The SDK takes its code types from here, the
 * reference server its statuses and messages, the docs their tables: nothing is typed twice.
 * The SDK imports only types from this module, so none of these strings reach the browser bundle.
 */

/** API B error codes (PROTOCOL.md §B): `[status, error label, message]` as the server sends them. */
export const RESET_ERRORS = {
  INVALID_REQUEST: [400, 'Bad Request', 'The request is invalid'],
  PASSWORD_RESET_TOKEN_EXPIRED: [401, 'Expired', 'The password reset token is expired'],
  PASSWORD_RESET_TOKEN_INVALID: [401, 'Invalid', 'The password reset token is invalid'],
  PASSWORD_RESET_TOKEN_MISSING: [401, 'Missing', 'The password reset token is missing'],
  USER_NOT_FOUND: [404, 'Not Found', 'User not found'],
  EMAIL_COOLDOWN_ACTIVE: [429, 'Too Many Requests', 'A reset email was sent too recently'],
  IP_RATE_LIMIT_EXCEEDED: [429, 'Too Many Requests', 'Too many requests from this address'],
  PASSWORD_RESET_TOKEN_SECRET_FAILURE: [500, 'Internal Server Error', 'The secret inside the password reset token could not be decrypted'],
  DATABASE_FAILURE: [500, 'Internal Server Error', 'A database operation failed'],
  HASH_FAILURE: [500, 'Internal Server Error', 'Hashing failed'],
  POST_COMMIT_SIDE_EFFECT_FAILURE: [500, 'Internal Server Error', 'The password was changed, but a follow-up step failed'],
  EMAIL_SEND_FAILURE: [500, 'Internal Server Error', 'The email could not be sent'],
  EMAIL_TEMPLATE_FAILURE: [500, 'Internal Server Error', 'The email template could not be rendered'],
  EMAIL_AUTHENTICATION_FAILURE: [500, 'Internal Server Error', 'The mail server refused our credentials'],
  EMAIL_COOLDOWN_CACHE_FAILURE: [500, 'Internal Server Error', 'The email cooldown could not be checked'],
  PASSWORD_RESET_TOKEN_CREATION_FAILURE: [500, 'Internal Server Error', 'The password reset token could not be created'],
  EMAIL_DISABLED: [503, 'Service Unavailable', 'Email is disabled: no password reset is possible'],
} as const satisfies Record<string, readonly [number, string, string]>;

/**
 * API A error codes (PROTOCOL.md §A) the reference server answers with: `[status, body shape, description]`.
 * `error` is `{"error", "error_description"}`, `code` is `{"name", "code", "description", "statusCode"}`,
 * `bare` is `{"error"}` alone (the code is the message).
 */
export const CHANGE_PASSWORD_ERRORS = {
  invalid_parameter: [400, 'code', 'The request is missing a field or has an invalid one'],
  'bad.connection': [400, 'error', 'The connection does not exist'],
  unauthorized_client: [401, 'error', 'The client id is not known'],
  'password is not allowed': [400, 'bare', 'password is not allowed'],
  too_many_requests: [429, 'error', 'Global limit has been reached'],
} as const satisfies Record<string, readonly [number, 'error' | 'code' | 'bare', string]>;

/**
 * Codes the SDK itself produces when the server sent none (CONTRACT.md "WebAuthError").
 *
 * @example
 * ```ts
 * if (error.code === 'network_error') showOfflineBanner();
 * ```
 */
export type ClientErrorCode =
  | 'invalid_configuration'
  | 'invalid_request'
  | 'PASSWORD_RESET_TOKEN_MISSING'
  | 'too_many_requests'
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'server_error'
  | 'request_failed';

/**
 * An API B error code.
 *
 * @example
 * ```ts
 * const fatal: ResetErrorCode[] = ['PASSWORD_RESET_TOKEN_EXPIRED', 'PASSWORD_RESET_TOKEN_INVALID'];
 * ```
 */
export type ResetErrorCode = keyof typeof RESET_ERRORS;

/**
 * An API A error code the reference server sends.
 *
 * @example
 * ```ts
 * if (error.code === ('bad.connection' satisfies ChangePasswordErrorCode)) reportMisconfiguration();
 * ```
 */
export type ChangePasswordErrorCode = keyof typeof CHANGE_PASSWORD_ERRORS;

/**
 * Every code pwflow knows by name; a server may still send others.
 *
 * @example
 * ```ts
 * function message(code: KnownCode | (string & {})): string {
 *   return code === 'EMAIL_COOLDOWN_ACTIVE' ? 'Please wait a moment' : 'Something went wrong';
 * }
 * ```
 */
export type KnownCode = ClientErrorCode | ResetErrorCode | ChangePasswordErrorCode;
