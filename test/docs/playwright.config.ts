// Runs the testing guide's Playwright specs (```ts playwright blocks, written to test/docs/.playwright/
// by playwright-guide.test.ts) with the real @playwright/test runner, in Debian's Chromium: what a
// reader's own playwright.config.ts would do, but with no browser download.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';

export default defineConfig({
  testDir: './.playwright',
  outputDir: '../artifacts/playwright-guide',
  workers: 1,
  reporter: [['line']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { browserName: 'chromium', launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } },
});
