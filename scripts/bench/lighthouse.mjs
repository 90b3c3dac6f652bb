// One Lighthouse CLI run (a fresh Chromium each time, started and stopped by
// Lighthouse itself), mobile (its default: simulated slow 4G and 4x CPU on a
// Moto G Power viewport) or desktop (--preset=desktop).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { BROWSER_MARKER } from './processes.mjs'

const CLI = 'node_modules/lighthouse/cli/index.js'
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', BROWSER_MARKER,
].join(' ')

/** The Lighthouse child running now, so Ctrl+C can stop it (it then closes its Chromium). */
export let currentLighthouse = null

export function lighthouseVersion() {
  return JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version
}

/**
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 * @param {string} outputPath JSON report
 */
export function runLighthouse(url, preset, outputPath, { chromePath, timeoutMs = 180_000 }) {
  const args = [
    CLI, url,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--only-categories=performance,accessibility',
    '--output=json', `--output-path=${outputPath}`, '--quiet',
  ]
  if (preset === 'desktop') args.push('--preset=desktop')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] })
    currentLighthouse = child
    let stderr = ''
    child.stderr.on('data', (chunk) => { stderr += chunk })
    const timer = setTimeout(() => child.kill('SIGINT'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      currentLighthouse = null
      if (code !== 0) {
        reject(new Error(`lighthouse ${preset} ${url} exited with ${code ?? signal}\n${stderr.slice(-2000)}`))
        return
      }
      const report = JSON.parse(readFileSync(outputPath, 'utf8'))
      if (report.runtimeError) {
        reject(new Error(`lighthouse ${preset} ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`))
        return
      }
      const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN
      resolve({
        performance: Math.round((report.categories.performance?.score ?? Number.NaN) * 100),
        accessibility: Math.round((report.categories.accessibility?.score ?? Number.NaN) * 100),
        lcp: audit('largest-contentful-paint'),
        fcp: audit('first-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        speedIndex: audit('speed-index'),
        benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
        finalUrl: new URL(report.finalDisplayedUrl ?? report.finalUrl ?? url).pathname,
        failedA11y: Object.values(report.audits)
          .filter((item) => item.scoreDisplayMode === 'binary' && item.score === 0 && report.categories.accessibility?.auditRefs.some((ref) => ref.id === item.id))
          .map((item) => item.id),
        warnings: report.runWarnings ?? [],
      })
    })
  })
}
