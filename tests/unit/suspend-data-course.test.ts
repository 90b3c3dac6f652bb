import { describe, expect, it } from 'vitest'
import { courseShape } from '../../src/lms/course-shape.ts'
import { COURSE_QUESTIONS } from '../../src/lms/launch/course-questions.ts'
import { SUSPEND_DATA_BUDGET, decodeSuspendData, encodeSuspendData } from '../../src/lms/suspend-data.ts'
import { SHORT_ANSWER_MAX_LENGTH } from '../../src/quiz/model.ts'
import type { QuestionSpec } from '../../src/quiz/model.ts'
import { solutionOf } from '../../src/quiz/grading.ts'
import { type ProgressData, emptyProgress } from '../../src/store/progress-types.ts'
import { COURSE_LESSONS, type Lang } from './course-lessons.ts'

const lessonsOf = (lang: Lang) => COURSE_LESSONS
  .filter((lesson) => lesson.lang === lang)
  .sort((a, b) => a.module.frontmatter.order - b.module.frontmatter.order)
  .map((lesson) => ({ meta: lesson.module.frontmatter, questions: lesson.module.questions, slides: lesson.module.slideCount }))
const spanish = lessonsOf('es')
const shape = courseShape({ lessons: spanish })

/** The response of most digits: the last option, every option, every pair reversed. */
function longestResponse(spec: QuestionSpec): unknown {
  switch (spec.type) {
    case 'single': return spec.options.at(-1)
    case 'multiple': return [...spec.options]
    case 'truefalse': return true
    case 'short': return '€'.repeat(SHORT_ANSWER_MAX_LENGTH)
    case 'matching': return Object.fromEntries(spec.lefts.map((_, left) => [String(left), spec.rights.at(-1)!]))
    case 'ordering': return [...spec.items].reverse()
  }
}

function studentWith(response: (spec: QuestionSpec) => unknown, checks: number, attempts: number): ProgressData {
  const data = emptyProgress()
  data.seed = '7f9c2ba4-e88f-4c1a-9d39-1f0b0c6a2e55'
  for (const spec of shape.embedded) data.answers[spec.id] = { response: response(spec), checks, firstCheckedAt: 1, lastCheckedAt: 1 }
  for (const id of shape.assessmentIds) {
    const specs = shape.assessmentSpecs.get(id)!
    data.assessments[id] = { draft: {}, submissions: Array.from({ length: attempts }, (_, index) => ({ at: index, responses: Object.fromEntries(specs.map((spec) => [spec.id, solutionOf(spec)])) })) }
  }
  for (const lesson of spanish) data.visits[lesson.meta.id] = [...Array(lesson.slides).keys()]
  return data
}

describe('suspend_data of the real course', () => {
  it('has the same question list in Spanish and English, so a student may switch languages', () => {
    expect(courseShape({ lessons: lessonsOf('en') }).hash).toBe(shape.hash)
    expect(courseShape(COURSE_QUESTIONS).hash, 'the launch page reads the same list').toBe(shape.hash)
    expect(shape.embedded.length).toBeGreaterThanOrEqual(5 * 4)
    expect(shape.assessmentIds).toHaveLength(5)
  })

  it('keeps a typical student whole, far below the budget', () => {
    const typical = studentWith((spec) => solutionOf(spec), 2, 2)
    const { text, level } = encodeSuspendData(typical, shape)
    console.info(`suspend_data, typical student (every question answered, every slide seen, 2 attempts each): ${text.length} characters`)
    expect(level).toBe(0)
    expect(text.length).toBeLessThan(1000)
    const reading = decodeSuspendData(text, shape, 0)
    expect(reading.kind === 'restored' && Object.keys(reading.data.answers)).toHaveLength(shape.embedded.length)
  })

  it('fits the worst case, every short answer at its longest in 3-byte characters, within the budget', () => {
    const worst = studentWith(longestResponse, 36 ** 3 - 1, 36 ** 2)
    for (const record of Object.values(worst.answers)) record.solutionShownAt = 1
    const { text, level } = encodeSuspendData(worst, shape)
    const whole = encodeSuspendData(worst, shape, Infinity).text
    console.info(`suspend_data, worst case: ${whole.length} characters in full, ${text.length} after degrade level ${level}`)
    expect(level).toBe(2)
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_BUDGET)
  })
})
