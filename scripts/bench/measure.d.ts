// Types for measure.js (plain Node ESM, shared by scripts/bench.js and test/size.test.ts).
import type { Metafile } from 'esbuild';

export interface Sizes {
  /** Bytes as they are (minified). */
  raw: number;
  /** gzip, level 9. */
  gzip: number;
  /** brotli, highest quality. */
  brotli: number;
}
export interface Bundle extends Sizes {
  code: Uint8Array;
  metafile: Metafile;
}

export const ROOT: string;
export const PATHS: { iife: string; esm: string; source: string; auth0Iife: string; floor: string; ui: string; locales: string };
export const BUDGETS: { iife: number; helper: number; ui: number; locale: number };
export function localeFiles(): string[];
export const HELPERS: readonly string[];
export function sizes(code: string | Uint8Array): Sizes;
export function fileSizes(path: string): Sizes;
export function bundle(
  contents: string | undefined,
  options?: { format?: 'esm' | 'iife'; globalName?: string; entry?: string },
): Promise<Bundle>;
export function bundleImport(name: string, from?: string): Promise<Bundle>;
export function bundleIife(): Promise<Bundle>;
export function packageOf(input: string): string;
export function bytesBy(metafile: Metafile, group?: (input: string) => string): [string, number][];
export function dependenciesIn(metafile: Metafile): string[];
export function built(): boolean;
