import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import { relative, resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { LessonError } from './mdx/lesson-error.ts'
import { lessonCompileOptions } from './mdx/pipeline.ts'
import { QuizIdRegistry } from './mdx/quiz-id-registry.ts'
import { remarkDiagramImports } from './mdx/remark-diagram-imports.ts'
import { staticRoutes } from './scripts/static-routes.ts'

/**
 * Lessons are read from content/lessons; AULAVIRT_LESSONS_DIR points the build
 * at another folder (the tests use it to build malformed fixture lessons).
 */
const lessonsDir = resolve(process.env.AULAVIRT_LESSONS_DIR ?? 'content/lessons')

type Transform = (this: unknown, code: string, id: string) => Promise<unknown>

/**
 * MDX lessons, with every error reported as `file:line:column: reason` relative to the project.
 * A lesson's body imports the drawings of its diagrams; its `?meta` module (frontmatter, steps,
 * questions, loaded by the app's entry for every lesson) does not.
 */
function lessonCompiler(registry: QuizIdRegistry): Plugin {
  const options = lessonCompileOptions(registry)
  const plugin = mdx({ ...options, remarkPlugins: [...(options.remarkPlugins ?? []), remarkDiagramImports] }) as Plugin
  const bodyTransform = plugin.transform as Transform
  const metaTransform = (mdx(options) as Plugin).transform as Transform
  return {
    ...plugin,
    enforce: 'pre',
    async transform(code, id) {
      try {
        return await (id.includes('?meta') ? metaTransform : bodyTransform).call(this, code, id)
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
    build: { target: 'es2022', manifest: true, modulePreload: false, reportCompressedSize: false, rolldownOptions: {
        checks: { pluginTimings: false },
        // The drawing kit (shapes, frame, registry) is one chunk, not two: one request fewer for every lesson.
        output: { codeSplitting: { groups: [{ name: 'diagram-kit', test: /src[\\/]diagrams[\\/](primitives|frame|diagram-registry)\./, includeDependenciesRecursively: false }] } },
      },
    },
    server: { fs: { allow: ['.', lessonsDir] } },
  }
})
