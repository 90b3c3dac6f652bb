import type { ReactNode } from 'react'
import type { QuestionParts } from '../../../quiz-react/parts.tsx'
import type { QuestionSpec } from '../../../quiz/model.ts'
import { stableShuffle } from '../../../quiz/shuffle.ts'

/*
 * What a printed question shows, in the order it is printed. The worksheet
 * and the answer key share this order (a fixed seed per question), so the
 * teacher's "b, d" or "1 C" means the same boxes on the student's sheet.
 * Options are shuffled because authors often write the right one first.
 */

export interface LetteredOption {
  letter: string
  content: ReactNode
  correct: boolean
}

export type PrintChoices =
  | { type: 'choice'; options: LetteredOption[] }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'short'; accept: string[]; ignoreCase: boolean }
  | { type: 'matching'; lefts: { number: number; label: string; letter: string }[]; rights: { letter: string; label: string }[] }
  | { type: 'ordering'; items: { content: ReactNode; position: number }[]; correctOrder: ReactNode[] }

export function letterOf(index: number, upper = false): string {
  return String.fromCharCode((upper ? 65 : 97) + index)
}

function seedOf(spec: QuestionSpec): string {
  return `print:${spec.id}`
}

export function printChoices(spec: QuestionSpec, parts: QuestionParts): PrintChoices {
  switch (spec.type) {
    case 'single':
    case 'multiple': {
      const correct = new Set(spec.type === 'single' ? [spec.correct] : spec.correct)
      const options = stableShuffle(parts.options, seedOf(spec))
      return { type: 'choice', options: options.map((option, index) => ({ letter: letterOf(index), content: option.content, correct: correct.has(option.key) })) }
    }
    case 'truefalse':
      return { type: 'truefalse', answer: spec.answer }
    case 'short':
      return { type: 'short', accept: spec.accept, ignoreCase: spec.ignoreCase }
    case 'matching': {
      // Right-hand choices are the distinct labels, keyed by first appearance (as in the spec).
      const labels = [...new Set(parts.pairs.map((pair) => pair.right))]
      const shuffled = stableShuffle(labels.map((label, index) => ({ key: String(index), label })), seedOf(spec))
      const letterByKey = new Map(shuffled.map((choice, index) => [choice.key, letterOf(index, true)]))
      return {
        type: 'matching',
        lefts: parts.pairs.map((pair, index) => ({ number: index + 1, label: pair.left, letter: letterByKey.get(spec.rights[index] ?? '') ?? '?' })),
        rights: shuffled.map((choice, index) => ({ letter: letterOf(index, true), label: choice.label })),
      }
    }
    case 'ordering': {
      const byKey = new Map(parts.items.map((item) => [item.key, item]))
      const positionOf = new Map(spec.items.map((key, index) => [key, index + 1]))
      const shuffled = stableShuffle(parts.items, seedOf(spec))
      return {
        type: 'ordering',
        items: shuffled.map((item) => ({ content: item.content, position: positionOf.get(item.key) ?? 0 })),
        correctOrder: spec.items.map((key) => byKey.get(key)?.content ?? key),
      }
    }
  }
}
