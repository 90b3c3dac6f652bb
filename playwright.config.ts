import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

// Debian's Chromium where present (Playwright cannot download its own browser here); Playwright's elsewhere.
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.AULAVIRT_OUT_DIR ?? 'dist'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Journeys run axe several times; two workers on two cores make them slow, not wrong.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  // Spanish students: the course opens in English only for English browsers (tested separately).
  use: { baseURL: `http://127.0.0.1:${port}/`, trace: 'retain-on-failure', locale: 'es-ES' },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath, args } : {} } }],
  webServer: {
    command: `npm run build && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    // Always the build of the code under test, never a server left running from an older build.
    reuseExistingServer: false,
    timeout: 180_000,
  },
})
