// What the screens use of the SDK, from the package itself: the ESM and CJS builds of `pwflow/ui`
// import it from `pwflow` (one copy of the SDK in an app), and the script-tag build reads these
// names from the global `pwflow` that dist/pwflow.min.js defines (tsup.config.ts). Nothing else
// in src/ui imports a value from the SDK.
export { checkPassword, createResendTimer, DEFAULT_PASSWORD_POLICY, linkState, readResetLink } from 'pwflow';
