// Quick look while working on performance: one mobile Lighthouse run per page
// of an existing build, the figures that make the score, and the transfer.
// Usage: node scripts/bench/quick-lighthouse.mjs <dist> <page> [<page> …]
import { mkdirSync, readFileSync } from 'node:fs'
import { chromiumExecutable } from '../chromium.mjs'
import { runLighthouse } from './lighthouse.mjs'
import { startStaticServer } from './static-server.mjs'

const [dist = 'dist', ...pages] = process.argv.slice(2)
const chromePath = chromiumExecutable()
const server = await startStaticServer({ root: dist })
mkdirSync('bench/tmp/quick', { recursive: true })
try {
  for (const page of pages.length ? pages : ['present/introduccion.html', 'lesson/introduccion.html']) {
    const out = `bench/tmp/quick/${page.replace(/\W+/g, '-')}.json`
    await runLighthouse(`${server.origin}/${page}`, 'mobile', out, { chromePath })
    const report = JSON.parse(readFileSync(out, 'utf8'))
    const audit = (id) => report.audits[id]
    const transfer = audit('network-requests').details.items.reduce((sum, item) => sum + item.transferSize, 0)
    console.log(`${page}: perf ${Math.round(report.categories.performance.score * 100)} · FCP ${Math.round(audit('first-contentful-paint').numericValue)} ms · LCP ${Math.round(audit('largest-contentful-paint').numericValue)} ms · TBT ${Math.round(audit('total-blocking-time').numericValue)} ms · SI ${Math.round(audit('speed-index').numericValue)} ms · transfer ${(transfer / 1024).toFixed(1)} KiB · long tasks ${audit('long-tasks').details.items.map((task) => Math.round(task.duration)).join(', ')}`)
  }
} finally {
  await server.close()
}
