import { describe, expect, it } from 'vitest'
import { type AssessmentsSlice, createAssessmentsSlice } from './assessments-slice.ts'
import { sliceTestStore } from './slice-test-store.ts'

const QUESTIONS: Record<string, string[]> = {
  'l1-autoevaluacion': ['l1-auto-inconveniente', 'l1-auto-fechas'],
  'l2-autoevaluacion': ['l2-auto-tipo'],
}
const assessmentsStore = () => sliceTestStore<AssessmentsSlice>((tools) => createAssessmentsSlice(tools, (id) => QUESTIONS[id] ?? []))

describe('assessments slice', () => {
  it('drafts build up, submit keeps every submission and clears the draft', () => {
    const { store, clock } = assessmentsStore()
    const { setAssessmentDraft, submitAssessment } = store.getState()
    setAssessmentDraft('l1-autoevaluacion', 'l1-auto-inconveniente', '2')
    setAssessmentDraft('l1-autoevaluacion', 'l1-auto-inconveniente', '0') // changed mind
    setAssessmentDraft('l1-autoevaluacion', 'l1-auto-fechas', true)
    expect(store.getState().assessments['l1-autoevaluacion']!.draft).toEqual({ 'l1-auto-inconveniente': '0', 'l1-auto-fechas': true })
    clock.now = 10_000
    submitAssessment('l1-autoevaluacion')
    expect(store.getState().assessments['l1-autoevaluacion']).toEqual({
      draft: {},
      submissions: [{ at: 10_000, responses: { 'l1-auto-inconveniente': '0', 'l1-auto-fechas': true } }],
    })
    setAssessmentDraft('l1-autoevaluacion', 'l1-auto-fechas', false)
    clock.now = 20_000
    submitAssessment('l1-autoevaluacion')
    expect(store.getState().assessments['l1-autoevaluacion']).toEqual({
      draft: {},
      submissions: [
        { at: 10_000, responses: { 'l1-auto-inconveniente': '0', 'l1-auto-fechas': true } },
        { at: 20_000, responses: { 'l1-auto-fechas': false } },
      ],
    })
  })

  it('submit records only the self-assessment’s own questions, as the catalog lists them', () => {
    const { store } = assessmentsStore()
    store.getState().setAssessmentDraft('l1-autoevaluacion', 'l1-auto-fechas', false)
    store.getState().setAssessmentDraft('l1-autoevaluacion', 'l2-auto-tipo', true)
    store.getState().setAssessmentDraft('l1-autoevaluacion', 'stray', 'x')
    store.getState().submitAssessment('l1-autoevaluacion')
    expect(store.getState().assessments['l1-autoevaluacion']!.submissions[0]!.responses).toEqual({ 'l1-auto-fechas': false })
  })

  it('submitting with nothing answered still counts as an attempt (a grade of 0), and leaves other self-assessments alone', () => {
    const { store } = assessmentsStore()
    store.getState().setAssessmentDraft('l2-autoevaluacion', 'l2-auto-tipo', true)
    store.getState().submitAssessment('l1-autoevaluacion')
    expect(store.getState().assessments).toEqual({
      'l1-autoevaluacion': { draft: {}, submissions: [{ at: 1_000, responses: {} }] },
      'l2-autoevaluacion': { draft: { 'l2-auto-tipo': true }, submissions: [] },
    })
  })
})
