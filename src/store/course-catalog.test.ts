import { describe, expect, it } from 'vitest'
import type { QuestionSpec } from '../quiz/model.ts'
import { catalogFrom } from './course-catalog.ts'

const base = { slide: 0, solutionAfter: 2 }
const truefalse = (id: string, assessment?: string): QuestionSpec => ({ ...base, id, type: 'truefalse', answer: true, ...(assessment ? { assessment } : {}) })

const CATALOG = catalogFrom([
  { meta: { id: 'introduccion' }, questions: [truefalse('l1-a'), truefalse('l1-auto-1', 'l1-auto'), truefalse('l1-b'), truefalse('l1-auto-2', 'l1-auto')] },
  { meta: { id: 'tipos' }, questions: [truefalse('l2-auto-1', 'l2-auto')] },
  { meta: { id: 'sin-preguntas' }, questions: [] },
])

describe('catalogFrom', () => {
  it('collects questions, self-assessments and lesson ids (what repair checks saved progress against)', () => {
    expect([...CATALOG.questions.keys()]).toEqual(['l1-a', 'l1-auto-1', 'l1-b', 'l1-auto-2', 'l2-auto-1'])
    expect([...CATALOG.assessments].sort()).toEqual(['l1-auto', 'l2-auto'])
    expect([...CATALOG.lessons]).toEqual(['introduccion', 'tipos', 'sin-preguntas'])
  })

  it('knows which questions and self-assessments are each lesson’s, and which questions each self-assessment’s', () => {
    expect(CATALOG.lessonKeys('introduccion')).toEqual({ questions: ['l1-a', 'l1-auto-1', 'l1-b', 'l1-auto-2'], assessments: ['l1-auto'] })
    expect(CATALOG.lessonKeys('sin-preguntas')).toEqual({ questions: [], assessments: [] })
    expect(CATALOG.lessonKeys('borrada')).toEqual({ questions: [], assessments: [] })
    expect(CATALOG.assessmentQuestions('l1-auto')).toEqual(['l1-auto-1', 'l1-auto-2'])
    expect(CATALOG.assessmentQuestions('l2-auto')).toEqual(['l2-auto-1'])
    expect(CATALOG.assessmentQuestions('otra')).toEqual([])
  })
})
