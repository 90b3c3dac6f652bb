import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname } from 'node:path'
import { unzipSync } from 'fflate'

/** Where Moodle serves an unzipped package from (relative URLs must work under it). */
export const PACKAGE_PATH = '/pluginfile.php/42/mod_scorm/content/1/'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml', '.xsd': 'application/xml', '.txt': 'text/plain; charset=utf-8',
}

export interface ScormHarness {
  origin: string
  /** The package's files as the zip holds them. */
  entries: Record<string, Uint8Array>
  close(): Promise<void>
}

/**
 * Moodle's SCORM player, played on a loopback port: the harness page (the
 * parent, with scorm-again's SCORM 1.2 API on window.API) and the zip's files,
 * unzipped, under a pluginfile.php path. Nothing else is served.
 */
export async function serveScormHarness(zipPath: string): Promise<ScormHarness> {
  const entries = unzipSync(readFileSync(zipPath))
  const fixed: Record<string, Buffer> = {
    '/': readFileSync(new URL('./harness.html', import.meta.url)),
    '/scorm12.min.js': readFileSync('node_modules/scorm-again/dist/scorm12.min.js'),
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!)
    const packaged = path.startsWith(PACKAGE_PATH) ? entries[path.slice(PACKAGE_PATH.length)] : undefined
    const body = fixed[path] ?? packaged
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not in the package')
      return
    }
    const type = path === '/' ? TYPES['.html']! : TYPES[extname(path)] ?? 'application/octet-stream'
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    entries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
