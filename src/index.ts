// The public API, name by name (CONTRACT.md "Runtime exports"). Internals such as the transport,
// the normaliser and the zod schemas are left out on purpose: they are not part of the contract.
export { WebAuth } from './web-auth';
export { WebAuthError } from './errors';
export { checkPassword, DEFAULT_PASSWORD_POLICY } from './password-policy';
export { parseResetToken, inspectResetToken } from './reset-token';
export { readResetLink, linkState } from './reset-link';
export { createResendTimer } from './resend-timer';
export { parseRateLimit } from './rate-limit';
export { VERSION } from './version';

export type {
  WebAuthOptions,
} from './options';
export type {
  ChangePasswordOptions,
  ChangePasswordResult,
  RequestResetOptions,
  RequestResetResult,
  ResetCooldownOptions,
  ResetCooldownResult,
  ResetPasswordOptions,
  ResetPasswordResult,
} from './web-auth';
export type { FieldError, WebAuthErrorInit } from './errors';
export type { Callback } from './callback';
export type { PasswordPolicy, PasswordRule, PasswordCheck } from './password-policy';
export type { ParseResetTokenOptions, ResetTokenInfo } from './reset-token';
export type { LinkState, ReadResetLinkOptions, ResetLink } from './reset-link';
export type { ResendTimer, ResendTimerOptions } from './resend-timer';
export type { RateLimit } from './rate-limit';
export type { KnownCode, ClientErrorCode, ResetErrorCode, ChangePasswordErrorCode } from './codes';
