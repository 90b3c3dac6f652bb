import { describe, expect, it } from 'vitest'
import type { QuestionParts } from '../../../quiz-react/parts.tsx'
import type { QuestionSpec } from '../../../quiz/model.ts'
import { letterOf, printChoices } from './print-choices.ts'

const BASE = { slide: 0, solutionAfter: 2 }

function parts(overrides: Partial<QuestionParts>): QuestionParts {
  return { prompt: 'Prompt', options: [], hints: [], explanation: 'Why', pairs: [], items: [], ...overrides }
}

const OPTIONS = ['Right', 'Wrong 1', 'Wrong 2', 'Wrong 3'].map((content, index) => ({ key: String(index), content }))

describe('printChoices', () => {
  it('letters the options in a fixed shuffled order and marks the right one', () => {
    const spec: QuestionSpec = { ...BASE, id: 'q-single', type: 'single', options: ['0', '1', '2', '3'], correct: '0' }
    const first = printChoices(spec, parts({ options: OPTIONS }))
    const again = printChoices(spec, parts({ options: OPTIONS }))
    expect(first).toEqual(again) // the worksheet and the answer key agree
    if (first.type !== 'choice') throw new Error('expected options')
    expect(first.options.map((option) => option.letter)).toEqual(['a', 'b', 'c', 'd'])
    expect(first.options.map((option) => option.content)).not.toEqual(OPTIONS.map((option) => option.content))
    expect(first.options.filter((option) => option.correct).map((option) => option.content)).toEqual(['Right'])
  })

  it('marks every right option of a multiple choice', () => {
    const spec: QuestionSpec = { ...BASE, id: 'q-multiple', type: 'multiple', options: ['0', '1', '2', '3'], correct: ['1', '3'] }
    const choices = printChoices(spec, parts({ options: OPTIONS }))
    if (choices.type !== 'choice') throw new Error('expected options')
    expect(choices.options.filter((option) => option.correct).map((option) => option.content).sort()).toEqual(['Wrong 1', 'Wrong 3'])
  })

  it('matching: each left item gets the letter of its right-hand answer', () => {
    const pairs = [
      { key: '0', left: 'Xen', right: 'Type 1' },
      { key: '1', left: 'VirtualBox', right: 'Type 2' },
      { key: '2', left: 'ESXi', right: 'Type 1' },
    ]
    const spec: QuestionSpec = { ...BASE, id: 'q-matching', type: 'matching', lefts: ['0', '1', '2'], rights: ['0', '1', '0'] }
    const choices = printChoices(spec, parts({ pairs }))
    if (choices.type !== 'matching') throw new Error('expected matching')
    expect(choices.rights).toHaveLength(2) // repeated right labels are printed once
    const labelOf = new Map(choices.rights.map((right) => [right.letter, right.label]))
    expect(choices.lefts.map((left) => [left.number, left.label, labelOf.get(left.letter)])).toEqual([
      [1, 'Xen', 'Type 1'],
      [2, 'VirtualBox', 'Type 2'],
      [3, 'ESXi', 'Type 1'],
    ])
  })

  it('ordering: items shuffled, each with its right position', () => {
    const items = ['First', 'Second', 'Third', 'Fourth'].map((text, index) => ({ key: String(index), content: text, text }))
    const spec: QuestionSpec = { ...BASE, id: 'q-ordering', type: 'ordering', items: ['0', '1', '2', '3'] }
    const choices = printChoices(spec, parts({ items }))
    if (choices.type !== 'ordering') throw new Error('expected ordering')
    expect(choices.items.map((item) => item.content)).not.toEqual(['First', 'Second', 'Third', 'Fourth'])
    expect([...choices.items].sort((a, b) => a.position - b.position).map((item) => item.content)).toEqual(['First', 'Second', 'Third', 'Fourth'])
    expect(choices.correctOrder).toEqual(['First', 'Second', 'Third', 'Fourth'])
  })

  it('true/false and short answers print their key as is', () => {
    expect(printChoices({ ...BASE, id: 'q-tf', type: 'truefalse', answer: false }, parts({}))).toEqual({ type: 'truefalse', answer: false })
    expect(printChoices({ ...BASE, id: 'q-short', type: 'short', accept: ['vmx|svm'], ignoreCase: false }, parts({})))
      .toEqual({ type: 'short', accept: ['vmx|svm'], ignoreCase: false })
  })

  it('letters options a, b, c… and right-hand choices A, B, C…', () => {
    expect([0, 1, 25].map((index) => letterOf(index))).toEqual(['a', 'b', 'z'])
    expect(letterOf(2, true)).toBe('C')
  })
})
