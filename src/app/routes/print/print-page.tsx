import type { LessonEntry } from '../../../lessons/registry-core.ts'
import type { LessonModule } from '../../../lessons/lesson-module.ts'

/** Printable handouts (built in issue 5). */
export function PrintPage({ lesson }: { lesson: LessonEntry; module: LessonModule }) {
  return <main id="contenido"><h1>{lesson.meta.title}</h1></main>
}
