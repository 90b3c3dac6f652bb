import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import { relative, resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { LessonError } from './mdx/lesson-error.ts'
import { lessonCompileOptions } from './mdx/pipeline.ts'
import { QuizIdRegistry } from './mdx/quiz-id-registry.ts'
import { staticRoutes } from './scripts/static-routes.ts'

/**
 * Lessons are read from content/lessons; AULAVIRT_LESSONS_DIR points the build
 * at another folder (the tests use it to build malformed fixture lessons).
 */
const lessonsDir = resolve(process.env.AULAVIRT_LESSONS_DIR ?? 'content/lessons')

/** MDX lessons, with every error reported as `file:line:column: reason` relative to the project. */
function lessonCompiler(registry: QuizIdRegistry): Plugin {
  const plugin = mdx(lessonCompileOptions(registry)) as Plugin
  const transform = plugin.transform as (this: unknown, code: string, id: string) => Promise<unknown>
  return {
    ...plugin,
    enforce: 'pre',
    async transform(code, id) {
      try {
        return await transform.call(this, code, id)
      } catch (error) {
        throw new LessonError(error, relative(process.cwd(), id.split('?')[0]!))
      }
    },
  } as Plugin
}

export default defineConfig(() => {
  const registry = new QuizIdRegistry()
  const resetRegistry: Plugin = { name: 'aulavirt:reset-quiz-ids', buildStart: () => registry.clear() }
  return {
    base: './',
    // Real HTML files per page; unknown paths get 404.html, as on a static host.
    appType: 'mpa' as const,
    resolve: { alias: { '@lessons': lessonsDir } },
    plugins: [
      resetRegistry,
      lessonCompiler(registry),
      react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
      staticRoutes(),
    ],
    build: { target: 'es2022', manifest: true, reportCompressedSize: false, rolldownOptions: { checks: { pluginTimings: false } } },
    server: { fs: { allow: ['.', lessonsDir] } },
  }
})
