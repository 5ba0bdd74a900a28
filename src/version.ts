/**
 * The version of pwflow in use (kept equal to package.json by a test).
 *
 * @example
 * ```ts
 * console.info(`pwflow ${VERSION}`);
 * ```
 */
export const VERSION = '0.1.0';
