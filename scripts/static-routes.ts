import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { DOWNLOADS_FOLDER } from '../src/lms/download-names.ts'

/**
 * Makes `vite` and `vite preview` serve pages the way a plain static host
 * serves the build. In development the pages (present/introduccion.html…)
 * are not files: the app's index.html is served and the client reads the
 * route from the path. In preview, an unknown path gets 404.html with status
 * 404, as GitHub Pages, Netlify or nginx with `error_page 404` do. The
 * teachers' downloads are built into the build's descargas/; in development
 * they are `npm run build:lms`'s files in dist-lms/, when it has been run.
 */
export function staticRoutes(): Plugin {
  return {
    name: 'aulavirt:static-routes',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split(/[?#]/)[0]!
        const download = new RegExp(`/${DOWNLOADS_FOLDER}/([\\w.-]+)$`).exec(path)
        if (download && existsSync(join('dist-lms', download[1]!))) {
          response.setHeader('Content-Type', 'application/octet-stream')
          response.end(readFileSync(join('dist-lms', download[1]!)))
          return
        }
        const isPage = path.endsWith('.html') || (extname(path) === '' && !path.startsWith('/@') && !path.startsWith('/node_modules'))
        if (isPage && !path.endsWith('/') && !existsSync(join(server.config.root, path))) request.url = '/index.html'
        next()
      })
    },
    configurePreviewServer(server) {
      return () => {
        server.middlewares.use((request, response, next) => {
          const outDir = resolve(server.config.root, server.config.build.outDir)
          const path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!)
          // Vite has already rewritten folder URLs to their index.html: let it serve real files.
          const file = join(outDir, path)
          if (file.startsWith(outDir) && existsSync(file) && statSync(file).isFile()) return next()
          const notFound = join(outDir, '404.html')
          if (request.method !== 'GET' || !existsSync(notFound)) return next()
          response.statusCode = 404
          response.setHeader('Content-Type', 'text/html; charset=utf-8')
          response.end(readFileSync(notFound))
        })
      }
    },
  }
}
