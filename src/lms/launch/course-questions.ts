import { compareCourseOrder } from '../../lessons/registry-core.ts'
import type { QuestionSpec } from '../../quiz/model.ts'
import type { CourseLessons } from '../course-shape.ts'

/*
 * The course's question lists, without the lesson bodies or the app: what the
 * launch page needs to read and write suspend_data. Spanish, as the store's
 * catalog: every language has the same questions (a test checks it).
 */
const orders = import.meta.glob<number>('@lessons/*/es.mdx', { eager: true, query: '?meta', import: 'frontmatter' })
const questions = import.meta.glob<QuestionSpec[]>('@lessons/*/es.mdx', { eager: true, query: '?meta', import: 'questions' })

export const COURSE_QUESTIONS: CourseLessons = {
  lessons: Object.entries(orders)
    .map(([path, frontmatter]) => ({ folder: path.split('/').at(-2)!, meta: frontmatter as unknown as { id: string; order: number }, questions: questions[path] ?? [] }))
    .sort((a, b) => compareCourseOrder({ order: a.meta.order, folder: a.folder }, { order: b.meta.order, folder: b.folder })),
}
