import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
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

/** The SCORM package's pass mark, 0–100 (see README): AULAVIRT_SCORM_PASS_PERCENT, default 50. */
function scormPassPercent(): number {
  const text = process.env.AULAVIRT_SCORM_PASS_PERCENT ?? '50'
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new Error(`AULAVIRT_SCORM_PASS_PERCENT debe ser un número entre 0 y 100 (es «${text}»)`)
  }
  return value
}

export default defineConfig(({ mode }) => {
  // `vite build --mode scorm` builds the course for the SCORM package: with its launch page, scorm.html.
  const scorm = mode === 'scorm'
  const registry = new QuizIdRegistry()
  const resetRegistry: Plugin = { name: 'aulavirt:reset-quiz-ids', buildStart: () => registry.clear() }
  return {
    base: './',
    // Real HTML files per page; unknown paths get 404.html, as on a static host.
    appType: 'mpa' as const,
    resolve: { alias: { '@lessons': lessonsDir } },
    // Constants, so the normal build drops the LMS code whole (not one byte of it on the course's first load).
    define: {
      __AULAVIRT_SCORM__: JSON.stringify(scorm),
      __AULAVIRT_PASS_PERCENT__: JSON.stringify(scormPassPercent()),
      __AULAVIRT_VERSION__: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version),
    },
    plugins: [
      resetRegistry,
      lessonCompiler(registry),
      react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
      staticRoutes(),
    ],
    build: { target: 'es2022', manifest: true, modulePreload: false, reportCompressedSize: false, rolldownOptions: {
        ...(scorm ? { input: { index: resolve('index.html'), scorm: resolve('scorm.html') } } : {}),
        checks: { pluginTimings: false },
        // The drawing kit (shapes, frame, registry) is one chunk, not two: one request fewer for every lesson.
        output: { codeSplitting: { groups: [{ name: 'diagram-kit', test: /src[\\/]diagrams[\\/](primitives|frame|diagram-registry)\./, includeDependenciesRecursively: false }] } },
      },
    },
    server: { fs: { allow: ['.', lessonsDir] } },
  }
})
