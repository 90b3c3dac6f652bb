// `npm run bench`: builds the production site into bench/tmp/dist, serves it
// compressed on 127.0.0.1, measures lesson 1 in Chromium (first-load bytes,
// Lighthouse, next-slide latency, visiting every slide, presenter sync, JS
// heap) and writes the medians, with their targets, to bench/results.md.
//
// Knobs: BENCH_RUNS (default 5), BENCH_LH_RUNS (default 3), BENCH_WALKS
// (forward-and-back walks per latency run, default 2; 1 with the CPU
// throttled), BENCH_BUDGET_S (default 540: Lighthouse rounds after the
// first are skipped if they would end later), BENCH_SKIP_BUILD=1 (reuse
// bench/tmp/dist), CHROMIUM_PATH (default /usr/bin/chromium).
// `node scripts/bench.mjs --report-only` re-renders the report from bench/tmp/results.json.
import { chromium } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverDeck, measureLatencyRun, measurePhaseSensitivity, measureSync, measureVisitAllAndHeap } from './bench/deck.mjs'
import { entryComposition } from './bench/entry-composition.mjs'
import { measureFirstLoad } from './bench/first-load.mjs'
import { currentLighthouse, lighthouseVersion, runLighthouse } from './bench/lighthouse.mjs'
import { BROWSER_MARKER, endMarkedProcesses, waitForQuietMachine } from './bench/processes.mjs'
import { renderReport } from './bench/report.mjs'
import { startStaticServer } from './bench/static-server.mjs'
import { median } from './bench/stats.mjs'
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs'

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'))

const LESSON = 'introduccion'
// The home page every newcomer opens first, the presentation and the reading page.
const PAGES = ['index.html', `present/${LESSON}.html`, `lesson/${LESSON}.html`]
const TMP = 'bench/tmp'
const DIST = `${TMP}/dist`
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3)
const WALKS = Number(process.env.BENCH_WALKS ?? 2)
const THROTTLED_WALKS = Math.max(1, Math.floor(WALKS / 2))
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 540) * 1000
const CHROMIUM = chromiumExecutable()
const BROWSER_ARGS = [...CHROMIUM_ARGS, BROWSER_MARKER]

const started = Date.now()
const loadStart = loadavg()[0].toFixed(2)
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`)

let server = null
let browser = null
let cleaning = null
let interrupted = false

function cleanup() {
  cleaning ??= (async () => {
    if (currentLighthouse && currentLighthouse.exitCode === null) {
      const child = currentLighthouse
      child.kill('SIGINT') // Lighthouse then stops its own Chromium
      await new Promise((resolve) => {
        const timer = setTimeout(() => { child.kill('SIGKILL'); resolve() }, 5000)
        child.once('exit', () => { clearTimeout(timer); resolve() })
      })
    }
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    const leftovers = endMarkedProcesses()
    if (leftovers > 0) log(`ended ${leftovers} leftover browser process(es)`)
  })()
  return cleaning
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true
    log(`${signal}: cleaning up`)
    void cleanup().finally(() => process.exit(130))
  })
}

function medianOf(runs, keys) {
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]))
}

async function main() {
  if (process.argv.includes('--report-only')) {
    // Re-renders bench/results.md from the last run's raw figures (after editing the report's wording).
    writeFileSync('bench/results.md', `${renderReport(JSON.parse(readFileSync(`${TMP}/results.json`, 'utf8')))}\n`)
    log('wrote bench/results.md from bench/tmp/results.json')
    return
  }
  mkdirSync(TMP, { recursive: true })
  if (process.env.BENCH_SKIP_BUILD && existsSync(join(DIST, 'index.html'))) log(`reusing ${DIST}`)
  else {
    log(`building into ${DIST}`)
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', AULAVIRT_OUT_DIR: DIST } })
    if (build.status !== 0) throw new Error('the build failed')
  }

  log('source-map build for the entry chunk composition')
  const composition = entryComposition(`${TMP}/sourcemap`)
  rmSync(`${TMP}/sourcemap`, { recursive: true, force: true })

  server = await startStaticServer({ root: DIST })
  log(`serving ${DIST} at ${server.origin}`)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS })
  const presentUrl = `${server.origin}/present/${LESSON}.html`

  // 1. First-load transfer.
  const firstLoad = {}
  for (const page of PAGES) {
    const runs = []
    for (let run = 0; run < RUNS; run += 1) runs.push(await measureFirstLoad(browser, server, page, DIST))
    const kinds = ['HTML', 'JS', 'CSS', 'other']
    const encodings = [...new Set(runs[0].files.filter((file) => /\.(html|js|css)$/.test(file.path)).map((file) => file.encoding))]
    firstLoad[page] = {
      encoding: encodings.join(' + '),
      serviceWorker: runs.some((run) => run.serviceWorker),
      requests: runs[0].requests,
      files: runs[0].files,
      runs: runs.map(({ files, ...rest }) => rest),
      median: {
        ...medianOf(runs, ['total', 'bodyTotal', 'gzipTotal', 'rawTotal', 'backgroundBytes', 'backgroundRequests']),
        byKind: Object.fromEntries(kinds.map((kind) => [kind, median(runs.map((run) => run.byKind[kind]))])),
        bodyByKind: Object.fromEntries(kinds.map((kind) => [kind, median(runs.map((run) => run.bodyByKind[kind]))])),
      },
    }
    log(`first load ${page}: ${(firstLoad[page].median.total / 1024).toFixed(1)} KiB on the wire (${firstLoad[page].encoding})`)
  }

  // 3, 4, 6. The deck.
  const serviceWorker = Object.values(firstLoad).some((load) => load.serviceWorker)
  const deckShape = await discoverDeck(browser, presentUrl, { serviceWorker })
  const deck = { lessonId: LESSON, ...deckShape }
  log(`deck: ${deck.slideCount} slides, ${deck.presses} presses to the end, a frame every ${deck.frameMs.toFixed(1)} ms`)

  const latency = {}
  for (const [name, cpuThrottle, walks] of [['normal', 1, WALKS], ['throttled', 4, THROTTLED_WALKS]]) {
    const runs = []
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await measureLatencyRun(browser, presentUrl, { presses: deck.presses, walks, cpuThrottle, serviceWorker, frameMs: deck.frameMs, seed: run + 1 }))
    }
    latency[name] = {
      walks,
      runs: runs.map(({ samples, ...rest }) => rest),
      p50: median(runs.map((run) => run.p50)),
      p95: median(runs.map((run) => run.p95)),
      max: Math.max(...runs.map((run) => run.max)),
      firstWalkMs: median(runs.map((run) => run.firstWalkMs)),
      workP50: median(runs.map((run) => run.workP50)),
      workP95: median(runs.map((run) => run.workP95)),
    }
    log(`latency ${name}: p50 ${latency[name].p50.toFixed(1)} ms, p95 ${latency[name].p95.toFixed(1)} ms`)
  }
  const phaseDelaysMs = [0, 4, 8, 12]
  latency.phaseSensitivity = await measurePhaseSensitivity(browser, presentUrl, { presses: deck.presses, serviceWorker, delays: phaseDelaysMs })
  log(`phase sensitivity: p50 ${latency.phaseSensitivity.map((row) => `${row.p50.toFixed(1)} ms after ${row.delayMs} ms`).join(', ')}`)

  const visits = []
  for (let run = 0; run < RUNS; run += 1) visits.push(await measureVisitAllAndHeap(browser, presentUrl, { presses: deck.presses, serviceWorker }))
  const visitAll = {
    runs: visits.map((run) => run.visitMs),
    median: median(visits.map((run) => run.visitMs)),
    stepRuns: visits.map((run) => run.stepsMs),
    stepMedian: median(visits.map((run) => run.stepsMs)),
  }
  const heap = { atLoad: median(visits.map((run) => run.heapAtLoad)), after: median(visits.map((run) => run.heapAfter)), runs: visits.map((run) => run.heapAfter) }
  log(`visit all: ${(visitAll.median / 1000).toFixed(3)} s (every step: ${(visitAll.stepMedian / 1000).toFixed(3)} s); heap after ${(heap.after / 1024 / 1024).toFixed(2)} MiB`)

  // 5. Presenter -> audience, when the presenter console drives the audience.
  const sync = await measureSync(browser, `${server.origin}/presenter/${LESSON}.html`, presentUrl, { presses: deck.presses, runs: 1, serviceWorker })
  log(sync.measured ? `sync: p50 ${sync.p50.toFixed(1)} ms, p95 ${sync.p95.toFixed(1)} ms` : `sync: not measured (${sync.reason})`)

  const chromiumVersion = browser.version()
  await browser.close()
  browser = null

  // 2. Lighthouse, with nothing else running: its mobile figures are the CPU
  // time it observes multiplied by 4, so other work on the machine shows up
  // as blocking time of the page.
  mkdirSync(`${TMP}/lighthouse`, { recursive: true })
  const quiet = await waitForQuietMachine({ log })
  const chromePath = CHROMIUM ?? chromium.executablePath()
  const lighthouseStart = Date.now() - started
  const lighthouseRuns = {}
  let lighthouseRounds = 0
  for (let run = 0; run < LH_RUNS; run += 1) {
    const roundStart = Date.now()
    const lastRound = run === 0 ? 0 : (roundStart - started - lighthouseStart) / run
    if (run > 0 && roundStart - started + lastRound > BUDGET_MS) {
      log(`skipping Lighthouse rounds ${run + 1}-${LH_RUNS}: they would end after the ${BUDGET_MS / 1000} s budget`)
      break
    }
    for (const page of PAGES) {
      for (const preset of ['mobile', 'desktop']) {
        const name = page.replace(/[/.]/g, '-')
        const result = await runLighthouse(`${server.origin}/${page}`, preset, `${TMP}/lighthouse/${name}-${preset}-${run + 1}.json`, { chromePath })
        ;((lighthouseRuns[page] ??= {})[preset] ??= []).push(result)
        log(`lighthouse ${preset} ${page} #${run + 1}: performance ${result.performance}, accessibility ${result.accessibility}, LCP ${(result.lcp / 1000).toFixed(2)} s`)
      }
    }
    lighthouseRounds += 1
  }
  const lighthouse = Object.fromEntries(Object.entries(lighthouseRuns).map(([page, presets]) => [page, Object.fromEntries(
    Object.entries(presets).map(([preset, runs]) => [preset, { runs, median: medianOf(runs, ['performance', 'accessibility', 'lcp', 'fcp', 'tbt', 'cls', 'speedIndex', 'benchmarkIndex']) }]),
  )]))

  const cpuList = cpus()
  const results = {
    date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    machine: {
      cpuModel: cpuList[0]?.model?.trim() ?? 'unknown CPU',
      cores: cpuList.length,
      available: availableParallelism(),
      memGiB: (totalmem() / 1024 ** 3).toFixed(1),
      loadStart,
      loadEnd: loadavg()[0].toFixed(2),
      busyBeforeLighthouse: quiet.busy,
      quietWaitS: Math.round(quiet.waitedMs / 1000),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
      lighthouse: lighthouseVersion(),
      playwright: JSON.parse(readFileSync('node_modules/@playwright/test/package.json', 'utf8')).version,
    },
    settings: { runs: RUNS, lhRuns: lighthouseRounds, lhRunsWanted: LH_RUNS, walks: WALKS },
    deck,
    firstLoad,
    entryComposition: composition,
    lighthouse,
    latency,
    visitAll,
    heap,
    sync,
    durationMs: Date.now() - started,
  }
  writeFileSync(`${TMP}/results.json`, `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync('bench/results.md', `${renderReport(results)}\n`)
  log('wrote bench/results.md')
}

try {
  await main()
} catch (error) {
  if (!interrupted) console.error(error)
  process.exitCode = 1
} finally {
  await cleanup()
}
