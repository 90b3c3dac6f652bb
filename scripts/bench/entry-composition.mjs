// What the entry chunk is made of: a client build with source maps (in its
// own folder), then the entry's bytes attributed to the source each mapping
// segment points at, grouped by npm package or project file.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function decodeSegment(text) {
  const values = []
  let value = 0
  let shift = 0
  for (const char of text) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

/** Raw bytes of `code` per entry of `map.sources`, plus the generated code no source maps to. */
export function bytesBySource(code, map) {
  const lines = code.split('\n')
  const sizes = new Map()
  let source = 0
  map.mappings.split(';').forEach((line, lineIndex) => {
    const segments = line ? line.split(',').map(decodeSegment) : []
    const starts = []
    let column = 0
    for (const segment of segments) {
      column += segment[0]
      if (segment.length > 1) source += segment[1]
      starts.push([column, segment.length > 1 ? map.sources[source] : '(no source map: generated code, e.g. the lessons\' ?meta data)'])
    }
    const length = lines[lineIndex]?.length ?? 0
    starts.forEach(([start, name], index) => {
      const end = index + 1 < starts.length ? starts[index + 1][0] : length
      sizes.set(name, (sizes.get(name) ?? 0) + end - start)
    })
  })
  return sizes
}

function group(source) {
  const npm = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (npm) return `npm: ${npm[1]}`
  const project = source.match(/(?:^|\/)((?:src|content|mdx)\/.*)$/)
  return project ? project[1] : source
}

/** Builds the client with source maps into outDir and returns the entry's composition (top rows). */
export function entryComposition(outDir, top = 8) {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', '--logLevel', 'error'], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`source-map build failed:\n${result.stderr}`)
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const entry = html.match(/<script[^>]+type="module"[^>]+src="\/?([^"]+\.js)"/)?.[1]
  if (!entry) throw new Error('no module script in index.html')
  const code = readFileSync(join(outDir, entry), 'utf8')
  const map = JSON.parse(readFileSync(join(outDir, `${entry}.map`), 'utf8'))
  const grouped = new Map()
  for (const [source, bytes] of bytesBySource(code, map)) {
    const key = group(source)
    grouped.set(key, (grouped.get(key) ?? 0) + bytes)
  }
  const total = code.length
  const rows = [...grouped].sort((a, b) => b[1] - a[1])
  const shown = rows.slice(0, top).map(([source, bytes]) => ({ source, bytes, share: (bytes / total) * 100 }))
  const rest = rows.slice(top).reduce((sum, [, bytes]) => sum + bytes, 0)
  if (rest > 0) shown.push({ source: `${rows.length - top} other sources`, bytes: rest, share: (rest / total) * 100 })
  return { file: entry.replace(/^.*\//, 'assets/').replace(/-[\w-]+\.js$/, '-*.js'), total, sources: shown }
}
