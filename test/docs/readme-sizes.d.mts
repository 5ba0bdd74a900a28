// Types for readme-sizes.mjs (plain Node ESM, also run as a script).
export const README: string;
export const START: string;
export const END: string;
export function sizeTable(): Promise<string>;
export function readmeTable(text?: string): string | null;
