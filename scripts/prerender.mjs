// Writes one prerendered HTML file per route into dist/, from the built
// template dist/index.html and the server bundle in dist-ssr/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [outDir = 'dist', ssrDir = 'dist-ssr'] = process.argv.slice(2)
const dist = resolve(outDir)
const template = readFileSync(join(dist, 'index.html'), 'utf8').replace(/\s*<meta name="aulavirt-route"[^>]*>/g, '')
const server = await import(pathToFileURL(resolve(ssrDir, 'entry-server.js')).href)
const { renderRoute, allRoutes, routePath, STRINGS } = server

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')


/** 404.html is served for unknown paths at any depth: it links from the site root (AULAVIRT_BASE) when given. */
const absoluteBase = process.env.AULAVIRT_BASE

/**
 * 404.html is served at any depth, where relative asset paths break: it gets
 * its CSS inline and no script (it needs none: it is text and links).
 */
function selfContained(page) {
  return page
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_match, href) => {
      const css = readFileSync(join(dist, href.replace(/^(\.\.?\/)+|^\//, '').replace(/^.*?assets\//, 'assets/')), 'utf8')
      return `<style>${css}</style>`
    })
}

let pages = 0
for (const route of allRoutes()) {
  const { html, title, route: resolved } = await renderRoute(route)
  const file = routePath(resolved)
  const depth = file.split('/').length - 1
  const prefix = file === '404.html' && absoluteBase ? absoluteBase.replace(/\/?$/, '/') : '../'.repeat(depth) || './'
  const course = STRINGS[resolved.lang].courseTitle
  let body = html
  if (file === '404.html' && absoluteBase) body = body.replace(/href="(?![a-z]+:|#|\/)/g, `href="${prefix}`)
  let page = template
    .replace('<html lang="es"', `<html lang="${resolved.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title && title !== '404' ? `${title} · ${course}` : title === '404' ? `${STRINGS[resolved.lang].notFoundTitle} · ${course}` : course)}</title>`)
    .replace('<!--app-->', () => body)
    .replace('</head>', `  <meta name="aulavirt-route" content="${escapeHtml(file)}" />\n  </head>`)
    .replace(/(href|src)="\.\/(?!\/)/g, `$1="${prefix}`)
  if (file === '404.html') page = selfContained(page)
  const target = join(dist, file)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, page)
  pages += 1
}
console.log(`prerendered ${pages} pages`)
