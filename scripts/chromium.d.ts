// Types for chromium.js (plain Node ESM, shared by test/browser/harness.ts and scripts/bench/browser.js).
import type { Browser } from 'playwright-core';

export const CHROMIUM: string;
export function launchChromium(): Promise<Browser>;
