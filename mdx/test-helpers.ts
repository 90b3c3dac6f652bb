import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { VFile } from 'vfile'
import type { LessonModule } from '../src/lessons/lesson-module.ts'
import { describeLessonError } from './lesson-error.ts'
import { lessonCompileOptions } from './pipeline.ts'
import { QuizIdRegistry } from './quiz-id-registry.ts'

export const VALID_FRONTMATTER = `---
id: prueba
title: Lección de prueba
order: 1
summary: Una lección para las pruebas.
minutes: 10
goals:
  - Probar el compilador.
---
`

/** Compiles and runs an MDX lesson with the app's pipeline; rejects with the build's message. */
export async function compileLesson(source: string, path = 'content/lessons/00-prueba/es.mdx', registry = new QuizIdRegistry()): Promise<LessonModule> {
  const { remarkPlugins, rehypePlugins } = lessonCompileOptions(registry)
  const file = new VFile({ path, value: source })
  return (await evaluate(file, { ...runtime, remarkPlugins, rehypePlugins })) as unknown as LessonModule
}

/** The message a compile failure gives, as the build prints it (file:line:column: reason). */
export async function compileError(source: string, path = 'content/lessons/00-prueba/es.mdx', registry?: QuizIdRegistry): Promise<string> {
  try {
    await compileLesson(source, path, registry)
  } catch (error) {
    return describeLessonError(error, path)
  }
  throw new Error('expected the lesson to fail to compile')
}
