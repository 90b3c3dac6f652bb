// The Chromium every test and benchmark launches: one place for where it is
// and how it is started (playwright.config.ts, tests/build/size-budget.test.ts,
// scripts/bench.mjs, scripts/bench/quick-lighthouse.mjs, scripts/bench/report.mjs).
import { existsSync } from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * CHROMIUM_PATH if set, else Debian's Chromium where it is installed (where
 * Playwright cannot download its own), else undefined: Playwright's own browser.
 */
export function chromiumExecutable() {
  return process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined)
}

/** No sandbox (containers run as root), and no background traffic or first-run work to disturb tests and measurements. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
])
