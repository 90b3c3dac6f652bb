// Deck measurements in Chromium: next-slide latency (real key presses sent
// through the DevTools protocol), time to visit every slide, JS heap, and the
// presenter -> audience sync latency when a presenter console exists.
//
// Latency is measured inside the page, so the harness round trip does not
// count: a capturing `keydown` listener records performance.now(); a
// MutationObserver sees `data-current-slide` / `data-current-step` change on
// the stage; the latency ends at performance.now() inside the next
// requestAnimationFrame callback, i.e. the frame that paints the new slide.
// Presses land at every point between two frames, as a person's do (press).
import { percentile } from './stats.mjs'

const CONTEXT_OPTIONS = { locale: 'es-ES', viewport: { width: 1366, height: 768 } }

/** Runs in the page. Installs the latency probe once (see the file comment). */
function installProbe() {
  if (window.__benchProbe) return
  const stage = document.querySelector('[data-current-slide]')
  if (!stage) throw new Error('no [data-current-slide] element')
  let keyAt = null
  let pending = null
  let waiter = null
  const position = () => ({ slide: Number(stage.getAttribute('data-current-slide')), step: Number(stage.getAttribute('data-current-step')) })
  window.addEventListener('keydown', (event) => {
    if (!event.repeat) keyAt = performance.now()
  }, true)
  new MutationObserver(() => {
    if (keyAt === null) return // a change no key caused (hash sync, hydration)
    const start = keyAt
    const work = performance.now() - start
    keyAt = null
    requestAnimationFrame(() => {
      const result = { latency: performance.now() - start, work, ...position() }
      if (waiter) {
        const resolve = waiter
        waiter = null
        resolve(result)
      } else pending = result
    })
  }).observe(stage, { attributes: true, attributeFilter: ['data-current-slide', 'data-current-step'] })
  window.__benchProbe = {
    position,
    /** The next change caused by a key, or null if none comes within timeoutMs. */
    next(timeoutMs) {
      return new Promise((resolve) => {
        if (pending) {
          const result = pending
          pending = null
          resolve(result)
          return
        }
        const timer = setTimeout(() => {
          waiter = null
          keyAt = null
          resolve(null)
        }, timeoutMs)
        waiter = (result) => {
          clearTimeout(timer)
          resolve(result)
        }
      })
    },
  }
}

/** Runs in the page: presses `key` `presses` times with synthetic key events, each after the previous change was painted. */
async function visitAllInPage([presses, key]) {
  const probe = window.__benchProbe
  // A task posted from a rAF callback runs after that frame has been rendered.
  const afterPaint = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
  const start = performance.now()
  for (let index = 0; index < presses; index += 1) {
    const target = document.activeElement ?? document.body
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }))
    const result = await probe.next(5000)
    if (!result) throw new Error(`no change after synthetic press ${index + 1}`)
    if (index < presses - 1) await afterPaint()
  }
  return { ms: performance.now() - start, ...probe.position() }
}

/** Runs in the page: median interval between animation frames, to state the frame floor. */
async function frameInterval() {
  const stamps = []
  await new Promise((resolve) => {
    const tick = (time) => {
      stamps.push(time)
      if (stamps.length > 61) resolve()
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const gaps = stamps.slice(1).map((time, index) => time - stamps[index]).sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)]
}

/** Once the service worker (if the app has one) has precached the course, so its downloads do not compete with the measure. */
function serviceWorkerReady(page) {
  return page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 30_000)),
  ]))
}

async function openDeck(browser, url, { serviceWorker }) {
  const context = await browser.newContext(CONTEXT_OPTIONS)
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForSelector('[data-ready]', { timeout: 30_000 })
  if (serviceWorker) await serviceWorkerReady(page)
  await page.evaluate(installProbe)
  const slideCount = await page.locator('.slide').count()
  const cdp = await context.newCDPSession(page)
  return { context, page, cdp, slideCount }
}

/**
 * A person's key press lands anywhere between two frames; a harness that
 * presses as soon as the previous frame was painted lands at the same point
 * every time, and the wait for the next frame (up to a whole frame) then
 * depends on the harness's own round trip, not on the app. So each press
 * first waits for a frame and then `delayMs` more (see phaseDelays).
 */
async function press(page, key, timeoutMs, delayMs = null) {
  if (delayMs !== null) {
    await page.evaluate((delay) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, delay))), delayMs)
  }
  await page.keyboard.press(key)
  return page.evaluate((timeout) => window.__benchProbe.next(timeout), timeoutMs)
}

/**
 * `count` delays spread evenly over one frame, in a shuffled order that is the
 * same on every run (stratified, so a few dozen presses cover every phase).
 */
export function phaseDelays(count, frameMs, seed = 1) {
  const delays = Array.from({ length: count }, (_, index) => ((index + 0.5) / count) * frameMs)
  let state = seed >>> 0 || 1
  const random = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
  for (let index = delays.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[delays[index], delays[other]] = [delays[other], delays[index]]
  }
  return delays
}

/**
 * Presses ArrowRight until nothing changes: how many presses (steps
 * included) take the deck from the first slide to the end.
 */
export async function discoverDeck(browser, url, { serviceWorker }) {
  const { context, page, slideCount } = await openDeck(browser, url, { serviceWorker })
  try {
    let presses = 0
    for (;;) {
      const result = await press(page, 'ArrowRight', 750)
      if (!result) break
      presses += 1
      if (presses > 10_000) throw new Error('the deck never ends')
    }
    const end = await page.evaluate(() => window.__benchProbe.position())
    if (end.slide !== slideCount - 1) throw new Error(`walk ended on slide ${end.slide + 1} of ${slideCount}`)
    const frame = await page.evaluate(frameInterval)
    return { slideCount, presses, frameMs: frame }
  } finally {
    await context.close()
  }
}

/**
 * One run: a fresh page, then `walks` times the whole deck forward and back
 * with real key presses; returns every per-press latency and p50/p95.
 */
export async function measureLatencyRun(browser, url, { presses, walks, cpuThrottle = 1, serviceWorker, frameMs, seed = 1 }) {
  const { context, page, cdp } = await openDeck(browser, url, { serviceWorker })
  try {
    if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle })
    const timeout = 5000 * cpuThrottle
    const delays = phaseDelays(presses * 2 * walks, frameMs, seed)
    const samples = []
    const work = []
    let firstWalkMs = null
    for (let walk = 0; walk < walks; walk += 1) {
      for (const key of ['ArrowRight', 'ArrowLeft']) {
        const walkStart = await page.evaluate(() => performance.now())
        for (let index = 0; index < presses; index += 1) {
          const result = await press(page, key, timeout, delays[samples.length])
          if (!result) throw new Error(`${key} press ${index + 1} changed nothing`)
          samples.push(result.latency)
          work.push(result.work)
        }
        if (walk === 0 && key === 'ArrowRight') firstWalkMs = (await page.evaluate(() => performance.now())) - walkStart
      }
    }
    if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    return {
      samples, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), firstWalkMs,
      workP50: percentile(work, 50), workP95: percentile(work, 95),
    }
  } finally {
    await context.close()
  }
}

/**
 * Why harnesses disagree: the same deck pressed at a fixed point after each
 * painted frame (`delayMs` after the frame's callback), once per delay, gives
 * a different latency for each delay. Returns [{ delayMs, p50, p95 }].
 */
export async function measurePhaseSensitivity(browser, url, { presses, serviceWorker, delays }) {
  const { context, page } = await openDeck(browser, url, { serviceWorker })
  try {
    const rows = []
    for (const delayMs of delays) {
      const samples = []
      for (const key of ['ArrowRight', 'ArrowLeft']) {
        for (let index = 0; index < presses; index += 1) {
          const result = await press(page, key, 5000, delayMs)
          if (!result) throw new Error(`${key} press ${index + 1} changed nothing`)
          samples.push(result.latency)
        }
      }
      rows.push({ delayMs, p50: percentile(samples, 50), p95: percentile(samples, 95) })
    }
    return rows
  } finally {
    await context.close()
  }
}

/**
 * One run: a fresh page; every slide visited as fast as the deck allows (↓,
 * one press per slide, steps skipped); back to the start; every step of every
 * slide (→); then the JS heap after a forced garbage collection (and at load).
 */
export async function measureVisitAllAndHeap(browser, url, { presses, serviceWorker }) {
  const { context, page, cdp, slideCount } = await openDeck(browser, url, { serviceWorker })
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    const heapAtLoad = (await cdp.send('Runtime.getHeapUsage')).usedSize
    const slides = await page.evaluate(visitAllInPage, [slideCount - 1, 'ArrowDown'])
    if (slides.slide !== slideCount - 1) throw new Error(`↓ walk ended on slide ${slides.slide + 1} of ${slideCount}`)
    await press(page, 'Home', 5000)
    const steps = await page.evaluate(visitAllInPage, [presses, 'ArrowRight'])
    if (steps.slide !== slideCount - 1) throw new Error(`→ walk ended on slide ${steps.slide + 1} of ${slideCount}`)
    await cdp.send('HeapProfiler.collectGarbage')
    const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize
    return { visitMs: slides.ms, stepsMs: steps.ms, heapAtLoad, heapAfter }
  } finally {
    await context.close()
  }
}

/**
 * Presenter -> audience: both pages in one browser context; a key pressed in
 * the presenter page, until the audience page paints the new position.
 * Clocks: performance.timeOrigin + performance.now() in each page (same
 * machine clock). Returns { measured: false, reason } when there is no
 * presenter console that drives the audience yet.
 */
export async function measureSync(browser, presenterUrl, audienceUrl, { presses, runs, serviceWorker }) {
  const context = await browser.newContext(CONTEXT_OPTIONS)
  try {
    const audience = await context.newPage()
    await audience.goto(audienceUrl, { waitUntil: 'load' })
    await audience.waitForSelector('[data-ready]', { timeout: 30_000 })
    if (serviceWorker) await serviceWorkerReady(audience)
    const presenter = await context.newPage()
    await presenter.goto(presenterUrl, { waitUntil: 'load' })
    try {
      await presenter.waitForSelector('[data-ready]', { timeout: 10_000 })
    } catch {
      return { measured: false, reason: 'the presenter page never sets [data-ready]' }
    }
    await audience.evaluate(() => {
      const stage = document.querySelector('[data-current-slide]')
      window.__benchSync = { changes: [] }
      new MutationObserver(() => {
        requestAnimationFrame(() => {
          window.__benchSync.changes.push({
            at: performance.timeOrigin + performance.now(),
            slide: Number(stage.getAttribute('data-current-slide')),
            step: Number(stage.getAttribute('data-current-step')),
          })
        })
      }).observe(stage, { attributes: true, attributeFilter: ['data-current-slide', 'data-current-step'] })
    })
    await presenter.evaluate(() => {
      window.__benchKeys = []
      window.addEventListener('keydown', (event) => {
        if (!event.repeat) window.__benchKeys.push(performance.timeOrigin + performance.now())
      }, true)
    })
    const samples = []
    const limit = Math.min(presses, 200)
    for (let run = 0; run < runs; run += 1) {
      for (const key of ['ArrowRight', 'ArrowLeft']) {
        for (let index = 0; index < limit; index += 1) {
          const before = await audience.evaluate(() => window.__benchSync.changes.length)
          await presenter.keyboard.press(key)
          const changed = await audience.waitForFunction((count) => window.__benchSync.changes.length > count, before, { timeout: 3000 })
            .then(() => true, () => false)
          if (!changed) {
            if (samples.length === 0) return { measured: false, reason: 'a key press in the presenter page did not move the audience page' }
            throw new Error(`presenter ${key} press ${index + 1} did not reach the audience`)
          }
          const keyAt = await presenter.evaluate(() => window.__benchKeys.at(-1))
          const seenAt = await audience.evaluate((count) => window.__benchSync.changes[count].at, before)
          samples.push(seenAt - keyAt)
        }
      }
    }
    return { measured: true, samples, p50: percentile(samples, 50), p95: percentile(samples, 95) }
  } finally {
    await context.close()
  }
}
