// Writes one prerendered HTML file per route into dist/, from the built
// template dist/index.html and the server bundle in dist-ssr/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [outDir = 'dist', ssrDir = 'dist-ssr'] = process.argv.slice(2)
const dist = resolve(outDir)
const template = readFileSync(join(dist, 'index.html'), 'utf8').replace(/\s*<meta name="aulavirt-route"[^>]*>/g, '')
const server = await import(pathToFileURL(resolve(ssrDir, 'entry-server.js')).href)
const { renderRoute, allRoutes, routePath, serializeRoute, pageSource, lessonFile, headScript } = server

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')


/** 404.html is served for unknown paths at any depth: it links from the site root (AULAVIRT_BASE) when given. */
const absoluteBase = process.env.AULAVIRT_BASE

/**
 * Every page gets the stylesheet inline: no request blocks the first paint, so
 * on a slow phone the text shows one round trip sooner. (After the first visit
 * the service worker serves the pages, so the repeated CSS costs nothing.)
 */
const inlineStyles = (page) =>
  page.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_match, href) => {
    const css = readFileSync(join(dist, href.replace(/^(\.\.?\/)+|^\//, '').replace(/^.*?assets\//, 'assets/')), 'utf8')
    return `<style>${css.trim()}</style>`
  })

/**
 * The tab's icon travels inside the page: a request for it would finish
 * before the first paint, and Lighthouse's simulation then makes the LCP wait
 * for one more round trip (Chromium asked for it twice per page).
 */
const inlineIcon = (page) =>
  page.replace(/<link rel="icon" href="[^"]*favicon\.svg"/, () => {
    const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8').trim()
    return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}"`
  })

/**
 * The prerendered page is readable without JavaScript, so it paints first and
 * the app (hydration, quizzes, navigation) is fetched just after the first
 * frame: on a slow connection the scripts do not compete with the text for
 * bandwidth. The loader sits at the end of <body>, so the whole page has been
 * parsed when the app starts. "After the first paint" is when the browser
 * reports the paint (PerformanceObserver, `paint`), not the frame's callback:
 * requests started from there could finish before the paint's timestamp, and
 * Lighthouse's simulation then counted them as holding back the first paint
 * (one mobile run in three gave an LCP of 1.5-1.7 s instead of 0.8). Without
 * paint timing, a task after the first frame. A hidden tab never paints; the
 * timer covers it.
 */
function loadAfterFirstPaint(page, prefix, preloads) {
  let entry
  const withoutEntry = page.replace(/\s*<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/, (_match, src) => {
    entry = src
    return ''
  })
  if (!entry) throw new Error('prerender: the entry <script type="module"> is not in the built index.html')
  // The web app manifest is for installing, nothing on screen needs it: asked for before the paint,
  // Lighthouse's simulation made the LCP wait for it (0.90 s instead of 0.82 in two runs of three).
  let manifest
  const withoutManifest = withoutEntry.replace(/\s*<link rel="manifest" href="\.\/([^"]+)" \/>/, (_match, href) => {
    manifest = href
    return ''
  })
  if (!manifest) throw new Error('prerender: the <link rel="manifest"> is not in the built index.html')
  const urls = JSON.stringify([entry, ...preloads].map((file) => prefix + file))
  const loader = `<script>
      (function () {
        var started = false;
        function start() {
          if (started) return;
          started = true;
          var urls = ${urls};
          urls.forEach(function (url, index) {
            var element = document.createElement(index === 0 ? 'script' : 'link');
            if (index === 0) { element.type = 'module'; element.src = url; } else { element.rel = 'modulepreload'; element.href = url; }
            element.crossOrigin = '';
            document.head.appendChild(element);
          });
          var manifest = document.createElement('link');
          manifest.rel = 'manifest';
          manifest.href = ${JSON.stringify(prefix + manifest)};
          document.head.appendChild(manifest);
        }
        try {
          if (PerformanceObserver.supportedEntryTypes.indexOf('paint') < 0) throw 0;
          new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
        } catch (e) {
          requestAnimationFrame(function () { setTimeout(start, 0); });
        }
        setTimeout(start, 250);
      })()
    </script>
  </body>`
  return withoutManifest.replace('</body>', () => loader)
}

/**
 * 404.html is served at any depth, where relative asset paths break: no script
 * (it needs none: it is text and links).
 */
const withoutScripts = (page) =>
  page
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')

/*
 * The chunks each page loads after the entry (see PAGES in src/app/pages.tsx), named
 * as in Vite's manifest. Preloading them from the HTML fetches them alongside
 * the entry instead of after it has run.
 */
const manifestFile = join(dist, '.vite', 'manifest.json')
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)

function manifestKey(predicate, what) {
  const key = Object.keys(manifest).find(predicate)
  if (!key) throw new Error(`prerender: ${what} is not in Vite's manifest (was it renamed? see PAGES in src/app/pages.tsx)`)
  return key
}

/** Files (relative to dist) of the chunks `keys` need, their static imports included, the entry excluded. */
function chunkFiles(keys) {
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (key === entryKey || files.has(chunk.file)) return
    if (chunk.css?.length) throw new Error(`prerender: ${key} has its own CSS; import it from src/styles/index.css so it is inlined`)
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return [...files]
}

function preloadsFor(route) {
  const source = pageSource(route)
  const keys = [manifestKey((key) => key === source, source)]
  const lesson = lessonFile(route)
  if (lesson) keys.push(manifestKey((key) => key.endsWith(`/${lesson}`), lesson))
  if (route.lang !== 'es') {
    keys.push(manifestKey((key) => key === `src/i18n/strings-${route.lang}.ts`, `strings-${route.lang}.ts`))
    keys.push(manifestKey((key) => key === `src/lessons/registry-${route.lang}.ts`, `registry-${route.lang}.ts`))
  }
  return chunkFiles(keys)
}

let pages = 0
for (const route of await allRoutes()) {
  const { html, documentTitle, route: resolved } = await renderRoute(route)
  const file = routePath(resolved)
  const depth = file.split('/').length - 1
  const prefix = file === '404.html' && absoluteBase ? absoluteBase.replace(/\/?$/, '/') : '../'.repeat(depth) || './'
  let body = html
  if (file === '404.html' && absoluteBase) body = body.replace(/href="(?![a-z]+:|#|\/)/g, `href="${prefix}`)
  let page = template
    .replace('<html lang="es"', `<html lang="${resolved.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(documentTitle)}</title>`)
    .replace('<!--app-->', () => body)
    .replace('</head>', () => `  <meta name="aulavirt-route" content="${escapeHtml(serializeRoute(resolved))}" />\n  </head>`)
  const early = headScript(resolved)
  if (early) page = page.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    <script>${early}</script>`)
  page = file === '404.html' ? withoutScripts(page) : loadAfterFirstPaint(page, prefix, preloadsFor(resolved))
  page = inlineIcon(inlineStyles(page.replace(/(href|src)="\.\/(?!\/)/g, `$1="${prefix}`)))
  const target = join(dist, file)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, page)
  pages += 1
}
rmSync(join(dist, '.vite'), { recursive: true, force: true })
console.log(`prerendered ${pages} pages`)
