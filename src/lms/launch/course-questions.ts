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
    .map(([path, frontmatter]) => ({ path, meta: frontmatter as unknown as { id: string; order: number }, questions: questions[path] ?? [] }))
    // The app's lesson order (registry-core's buildRegistry): by order, then by folder.
    .sort((a, b) => a.meta.order - b.meta.order || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
}
