import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * In development, pages such as present/introduccion.html do not exist as
 * files: serve the app's index.html for them and let the client read the
 * route from the path. The production build writes every page as a file.
 */
export function devRoutes(): Plugin {
  return {
    name: 'aulavirt:dev-routes',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const path = (request.url ?? '/').split(/[?#]/)[0]!
        if (path.endsWith('.html') && !existsSync(join(server.config.root, path))) request.url = '/index.html'
        next()
      })
    },
  }
}
