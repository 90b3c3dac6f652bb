// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProgressStore } from '../../src/store/progress-store.ts'
import { createTestProgressStore } from '../../src/store/testing/test-progress-store.ts'
import { lessonFile, lessonTree } from './course-lessons.ts'

/*
 * A self-assessment restored from Moodle (SCORM) has its attempts and grades
 * but not its answers: the page shows the grades, says why the questions are
 * not marked, and offers to take it again.
 */
const lesson = lessonFile('03-qemu-kvm', 'es')
const assessmentId = lesson.module.questions.find((question) => question.assessment)!.assessment!
let progress: ProgressStore

beforeEach(() => {
  progress = createTestProgressStore([{ meta: { id: lesson.module.frontmatter.id }, questions: lesson.module.questions }])
})
afterEach(cleanup)

/** The lesson's reading page as a browser renders it (the student's saved progress included). */
function section(lang: 'es' | 'en' = 'es'): Element {
  const { container } = render(lessonTree(lessonFile('03-qemu-kvm', lang).module, lang, { progress }))
  return container.querySelector('.self-assessment')!
}

describe('a self-assessment restored from Moodle', () => {
  it('shows the best and last grade, says Moodle keeps grades and not answers, and lists no questions to mark', () => {
    progress.setState({ assessments: { [assessmentId]: { draft: {}, submissions: [{ at: 1, responses: {}, grade: 8 }, { at: 2, responses: {}, grade: 6.5 }] } } })
    const shown = section()
    expect(shown.textContent).toContain('Nota: 6,5')
    expect(shown.textContent).toMatch(/mejor.*8.*última.*6,5.*2 intentos/i)
    expect(shown.textContent).toContain('Moodle guarda de cada autoevaluación los intentos y la mejor y la última nota, no las respuestas de cada intento.')
    expect(shown.querySelector('.assessment-questions')).toBeNull()
    expect([...shown.querySelectorAll('button')].map((button) => button.textContent)).toContain('Repetir la autoevaluación')
    cleanup()
    expect(section('en').textContent).toContain('Moodle keeps the attempts and the best and last grade of each self-assessment')
  })

  it('marks the questions as usual when the answers were kept', () => {
    progress.setState({ assessments: { [assessmentId]: { draft: {}, submissions: [{ at: 1, responses: {} }] } } })
    const shown = section()
    expect(shown.textContent).toContain('Nota: 0')
    expect(shown.textContent).not.toContain('Moodle')
    expect(shown.querySelectorAll('.assessment-questions > li').length).toBeGreaterThanOrEqual(8)
  })
})
