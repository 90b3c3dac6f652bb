import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium.mjs'

const executablePath = chromiumExecutable()
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
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath, args: [...CHROMIUM_ARGS] } : {} } }],
  webServer: {
    command: `npm run build && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    // Always the build of the code under test, never a server left running from an older build.
    reuseExistingServer: false,
    timeout: 180_000,
  },
})
