// First-load transfer of one page: every request a fresh browser context
// makes until the page is interactive (`[data-ready]`) and the network is
// idle, with the bytes Chromium counted on the wire (CDP `encodedDataLength`,
// response headers included) and the body bytes the server sent.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export function typeOf(resourceType, path) {
  if (resourceType === 'Document' || path.endsWith('.html') || path.endsWith('/')) return 'HTML'
  if (resourceType === 'Script' || path.endsWith('.js')) return 'JS'
  if (resourceType === 'Stylesheet' || path.endsWith('.css')) return 'CSS'
  return 'other'
}

async function waitUntilQuiet(log, quietMs, limitMs = 30_000) {
  const start = Date.now()
  let length = -1
  while (Date.now() - start < limitMs) {
    if (log.length === length) return
    length = log.length
    await new Promise((resolve) => setTimeout(resolve, quietMs))
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ origin: string, log: Array<{ path: string, status: number, encoding: string, bytes: number }> }} server
 * @param {string} pagePath e.g. `present/introduccion.html`
 * @param {string} distDir the served folder, to report raw and gzip sizes next to the wire sizes
 */
export async function measureFirstLoad(browser, server, pagePath, distDir) {
  const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1366, height: 768 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const requests = new Map()
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      requests.set(requestId, {
        path: new URL(response.url).pathname,
        type,
        status: response.status,
        encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? 'identity',
        wire: 0,
      })
    })
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId)
      if (request) request.wire = encodedDataLength
    })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    server.log.length = 0
    await page.goto(`${server.origin}/${pagePath}`, { waitUntil: 'load' })
    await page.waitForSelector('[data-ready]', { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    const served = [...server.log]
    const pageRequests = [...requests.values()]
    // A service worker that precaches the course downloads more in the background once the page works.
    const serviceWorker = await page.evaluate((timeout) => ('serviceWorker' in navigator
      ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), timeout))])
      : false), 20_000)
    if (serviceWorker) await waitUntilQuiet(server.log, 750)
    const files = pageRequests.map((request) => {
      const log = served.find((entry) => entry.path === request.path)
      let raw = null
      let gzip = null
      try {
        const local = request.path.endsWith('/') ? `${request.path}index.html` : request.path
        const content = readFileSync(join(distDir, decodeURIComponent(local)))
        raw = content.length
        gzip = gzipSync(content, { level: 9 }).length
      } catch {
        // Not a file of the site (should not happen).
      }
      return { ...request, kind: typeOf(request.type, request.path), body: log?.bytes ?? null, raw, gzip }
    })
    // What the server sent beyond the page's own requests: the service worker's downloads.
    const background = [...server.log]
    for (const file of files) {
      const index = background.findIndex((entry) => entry.path === file.path)
      if (index >= 0) background.splice(index, 1)
    }
    const backgroundBytes = background.reduce((sum, entry) => sum + entry.bytes, 0)
    const byKind = { HTML: 0, JS: 0, CSS: 0, other: 0 }
    const bodyByKind = { HTML: 0, JS: 0, CSS: 0, other: 0 }
    for (const file of files) {
      byKind[file.kind] += file.wire
      bodyByKind[file.kind] += file.body ?? 0
    }
    const total = Object.values(byKind).reduce((sum, value) => sum + value, 0)
    const bodyTotal = Object.values(bodyByKind).reduce((sum, value) => sum + value, 0)
    const gzipTotal = files.reduce((sum, file) => sum + (file.gzip ?? 0), 0)
    const rawTotal = files.reduce((sum, file) => sum + (file.raw ?? 0), 0)
    return { files, byKind, total, bodyByKind, bodyTotal, gzipTotal, rawTotal, requests: files.length, serviceWorker, backgroundRequests: background.length, backgroundBytes }
  } finally {
    await context.close()
  }
}
