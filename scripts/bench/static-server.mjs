// A tiny static server for the benchmark: serves a built site from one folder
// on 127.0.0.1, compressed like a production host (gzip level 9 or brotli
// quality 11, chosen by the request's Accept-Encoding), with `404.html` and
// status 404 for unknown paths. Every response is logged (path, status,
// encoding, body bytes) so the bench can cross-check the browser's figures.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
}
// Already-compressed formats are sent as they are, as real hosts do.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest', '.ico'])

/**
 * Picks the encoding the way a host with precompressed files would:
 * brotli when the browser offers it (Chromium offers it only on secure
 * origins, so over http://127.0.0.1 it gets gzip), else gzip, else none.
 * `prefer: 'gzip'` forces gzip even when brotli is offered.
 */
function chooseEncoding(acceptEncoding, prefer) {
  const offered = new Set(String(acceptEncoding ?? '').split(',').map((part) => part.split(';')[0].trim().toLowerCase()))
  if (prefer !== 'gzip' && offered.has('br')) return 'br'
  if (offered.has('gzip')) return 'gzip'
  return 'identity'
}

function compress(body, encoding) {
  if (encoding === 'br') {
    return brotliCompressSync(body, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
    })
  }
  if (encoding === 'gzip') return gzipSync(body, { level: 9 })
  return body
}

/**
 * @param {{ root: string, prefer?: 'br' | 'gzip' }} options
 * @returns {Promise<{ origin: string, log: Array<{ path: string, status: number, encoding: string, bytes: number }>, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, prefer = 'br' }) {
  const base = resolve(root)
  const cache = new Map() // `${file}|${encoding}` -> compressed body (files do not change during a run)
  const log = []

  async function resolveFile(urlPath) {
    let path
    try {
      path = decodeURIComponent(urlPath)
    } catch {
      return null
    }
    if (path.includes('\0')) return null
    const candidate = normalize(join(base, path))
    if (candidate !== base && !candidate.startsWith(base + sep)) return null
    try {
      const info = await stat(candidate)
      if (info.isFile()) return candidate
      if (info.isDirectory()) {
        const index = join(candidate, 'index.html')
        if ((await stat(index)).isFile()) return index
      }
    } catch {
      return null
    }
    return null
  }

  async function body(file, encoding) {
    const key = `${file}|${encoding}`
    let data = cache.get(key)
    if (!data) {
      data = compress(await readFile(file), encoding)
      cache.set(key, data)
    }
    return data
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      let status = 200
      let file = await resolveFile(url.pathname)
      if (!file) {
        status = 404
        file = join(base, '404.html')
      }
      const extension = extname(file)
      const encoding = COMPRESSIBLE.has(extension) ? chooseEncoding(request.headers['accept-encoding'], prefer) : 'identity'
      const data = await body(file, encoding)
      const headers = {
        'Content-Type': TYPES[extension] ?? 'application/octet-stream',
        'Content-Length': data.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
      }
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding
      response.writeHead(status, headers)
      response.end(request.method === 'HEAD' ? undefined : data)
      log.push({ path: url.pathname, status, encoding, bytes: data.length })
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error))
    }
  })

  await new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolveListen)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolveClose) => {
      server.closeAllConnections()
      server.close(() => resolveClose())
    }),
  }
}
