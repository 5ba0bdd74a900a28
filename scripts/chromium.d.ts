// Types for chromium.js (plain Node ESM, shared by test/browser/harness.ts, scripts/bench/browser.js
// and the testing guide's Playwright specs, test/docs/playwright.config.ts).
import type { Browser } from 'playwright-core';

export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function launchChromium(): Promise<Browser>;
