// pwflow/ui: ready-made, accessible, localized password screens on top of the SDK. Optional: an
// app that imports only from `pwflow` bundles none of this.
export { mountForgotPassword } from './forgot-password';
export { mountResetPassword } from './reset-password';
export { mountChangePassword } from './change-password';
export { registerLocale } from './locale';
export { english } from './messages';

export type { ForgotPasswordScreenOptions } from './forgot-password';
export type { ResetPasswordScreenOptions } from './reset-password';
export type { ChangePasswordScreenOptions } from './change-password';
export type { ScreenOptions } from './dom';
export type { Messages, Plural } from './messages';
