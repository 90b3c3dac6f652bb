import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { lessonCompileOptions } from './mdx/pipeline.ts'
import { QuizIdRegistry } from './mdx/quiz-id-registry.ts'
import { devRoutes } from './scripts/dev-routes.ts'

/**
 * Lessons are read from content/lessons; AULAVIRT_LESSONS_DIR points the build
 * at another folder (the tests use it to build malformed fixture lessons).
 */
const lessonsDir = resolve(process.env.AULAVIRT_LESSONS_DIR ?? 'content/lessons')

export default defineConfig(() => {
  const registry = new QuizIdRegistry()
  const resetRegistry: Plugin = { name: 'aulavirt:reset-quiz-ids', buildStart: () => registry.clear() }
  return {
    base: './',
    resolve: { alias: { '@lessons': lessonsDir } },
    plugins: [
      resetRegistry,
      { enforce: 'pre', ...mdx(lessonCompileOptions(registry)) },
      react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
      devRoutes(),
    ],
    build: { target: 'es2022', reportCompressedSize: false, rolldownOptions: { checks: { pluginTimings: false } } },
    server: { fs: { allow: ['.', lessonsDir] } },
  }
})
