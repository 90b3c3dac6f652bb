// `npm test`: type-check, import layers, unit tests (Vitest), end-to-end tests (Playwright
// against the production build), then one closing line with the totals.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('test-results', { recursive: true })
const totals = { passed: 0, failed: 0 }
let failedSuite = false

function run(label, command, args) {
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) failedSuite = true
  return result.status === 0
}

// 1. Type check: one check counted as a test.
const typesOk = run('TypeScript (tsc --noEmit)', 'npx', ['tsc', '--noEmit'])
totals[typesOk ? 'passed' : 'failed'] += 1

// 2. Import layers (.dependency-cruiser.cjs): one check counted as a test.
const layersOk = run('Import layers (npm run check:layers)', 'node', ['scripts/check-layers.mjs'])
totals[layersOk ? 'passed' : 'failed'] += 1

// 3. Unit tests.
rmSync('test-results/unit-results.json', { force: true })
run('Unit tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit-results.json'])
if (existsSync('test-results/unit-results.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit-results.json', 'utf8'))
  totals.passed += unit.numPassedTests ?? 0
  totals.failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0)
} else totals.failed += 1

// 4. End-to-end tests.
rmSync('test-results/e2e-results.json', { force: true })
run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'])
if (existsSync('test-results/e2e-results.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e-results.json', 'utf8'))
  totals.passed += e2e.stats?.expected ?? 0
  totals.failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0)
  if ((e2e.errors ?? []).length > 0) totals.failed += 1
} else totals.failed += 1

console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(failedSuite || totals.failed > 0 ? 1 : 0)
