import { describe, expect, it } from 'vitest'
import { gradeResponse, isComplete, isResponseFor, normalizeShortAnswer, solutionOf } from './grading.ts'
import type {
  MatchingSpec,
  MultipleChoiceSpec,
  OrderingSpec,
  QuestionSpec,
  ShortAnswerSpec,
  SingleChoiceSpec,
  TrueFalseSpec,
} from './model.ts'

const base = { slide: 0, solutionAfter: 2 }

const single: SingleChoiceSpec = { ...base, id: 'single', type: 'single', options: ['0', '1', '2', '3'], correct: '2' }
/** Four right options and two traps, like «ventajas reales» in lesson 1. */
const multiple: MultipleChoiceSpec = { ...base, id: 'multiple', type: 'multiple', options: ['0', '1', '2', '3', '4', '5'], correct: ['0', '1', '2', '3'] }
const truefalse: TrueFalseSpec = { ...base, id: 'tf', type: 'truefalse', answer: false }
const short: ShortAnswerSpec = { ...base, id: 'short', type: 'short', accept: ['systemd-detect-virt', 'systemd-detect-virt --vm'], ignoreCase: false }
const shortIgnoreCase: ShortAnswerSpec = { ...base, id: 'short-ic', type: 'short', accept: ['qemu:///system'], ignoreCase: true }
const matching: MatchingSpec = {
  ...base,
  id: 'matching',
  type: 'matching',
  lefts: ['VirtualBox', 'KVM', 'LXC', 'VMware ESXi'],
  rights: ['Tipo 2', 'Tipo 1', 'Contenedor', 'Tipo 1'],
}
const ordering: OrderingSpec = { ...base, id: 'ordering', type: 'ordering', items: ['0', '1', '2', '3'] }

const ALL_SPECS: QuestionSpec[] = [single, multiple, truefalse, short, shortIgnoreCase, matching, ordering]

describe('gradeResponse', () => {
  it.each<[string, unknown, number]>([
    ['the right option', '2', 1],
    ['a wrong option', '0', 0],
    ['an option that does not exist', '9', 0],
    ['no option', '', 0],
  ])('single choice: %s → %s', (_name, response, score) => {
    expect(gradeResponse(single, response)).toBe(score)
  })

  it.each<[string, string[], number]>([
    ['exactly the right ones', ['0', '1', '2', '3'], 1],
    ['the right ones in another order', ['3', '1', '0', '2'], 1],
    ['half the right ones, no wrong', ['0', '1'], 0.5],
    ['one right of four', ['2'], 0.25],
    ['all right plus one wrong (wrong picks subtract)', ['0', '1', '2', '3', '4'], 0.5],
    ['three right plus one wrong', ['0', '1', '2', '5'], 0.25],
    ['one right plus two wrong never goes below 0', ['0', '4', '5'], 0],
    ['only wrong ones', ['4', '5'], 0],
    ['every option', ['0', '1', '2', '3', '4', '5'], 0],
    ['nothing', [], 0],
    ['a right one picked twice counts once', ['0', '0', '0', '0'], 0.25],
    ['unknown keys are ignored', ['0', '1', '2', '3', '99'], 1],
  ])('multiple choice: %s → %s', (_name, response, score) => {
    expect(gradeResponse(multiple, response)).toBeCloseTo(score, 10)
  })

  it('multiple choice where every option is right: picking all is full marks', () => {
    const allRight: MultipleChoiceSpec = { ...multiple, options: ['0', '1'], correct: ['0', '1'] }
    expect(gradeResponse(allRight, ['0', '1'])).toBe(1)
    expect(gradeResponse(allRight, ['1'])).toBe(0.5)
  })

  it.each<[boolean, number]>([
    [false, 1],
    [true, 0],
  ])('true/false (answer false): %s → %s', (response, score) => {
    expect(gradeResponse(truefalse, response)).toBe(score)
    expect(gradeResponse({ ...truefalse, answer: true }, response)).toBe(1 - score)
  })

  it.each<[string, string, number]>([
    ['exact', 'systemd-detect-virt', 1],
    ['leading and trailing spaces', '   systemd-detect-virt  ', 1],
    ['any listed variant', 'systemd-detect-virt --vm', 1],
    ['inner spaces collapsed', 'systemd-detect-virt     --vm', 1],
    ['tab and newline count as spaces', '\tsystemd-detect-virt\t--vm\n', 1],
    ['case-sensitive by default', 'Systemd-Detect-Virt', 0],
    ['a different command', 'systemd-detect-virt --container', 0],
    ['a prefix is not enough', 'systemd-detect', 0],
    ['a space inside a word is not ignored', 'systemd-detect -virt', 0],
    ['empty', '', 0],
    ['only spaces', '   ', 0],
  ])('short answer: %s → %s', (_name, response, score) => {
    expect(gradeResponse(short, response)).toBe(score)
  })

  it.each<[string, number]>([
    ['qemu:///system', 1],
    ['QEMU:///SYSTEM', 1],
    ['  Qemu:///System ', 1],
    ['qemu:///session', 0],
  ])('short answer with ignoreCase: %j → %s', (response, score) => {
    expect(gradeResponse(shortIgnoreCase, response)).toBe(score)
  })

  it('short answer: accepted variants are normalized too', () => {
    const sloppy: ShortAnswerSpec = { ...short, accept: ['  virsh   list --all '] }
    expect(gradeResponse(sloppy, 'virsh list --all')).toBe(1)
  })

  it.each<[string, Record<string, string>, number]>([
    ['all pairs right', { 0: 'Tipo 2', 1: 'Tipo 1', 2: 'Contenedor', 3: 'Tipo 1' }, 1],
    ['three of four', { 0: 'Tipo 2', 1: 'Tipo 1', 2: 'Tipo 1', 3: 'Tipo 1' }, 0.75],
    ['half', { 0: 'Tipo 2', 1: 'Contenedor', 2: 'Tipo 1', 3: 'Tipo 1' }, 0.5],
    ['one pair answered, right', { 2: 'Contenedor' }, 0.25],
    ['all wrong', { 0: 'Tipo 1', 1: 'Tipo 2', 2: 'Tipo 2', 3: 'Contenedor' }, 0],
    ['nothing answered', {}, 0],
    ['extra unknown keys are ignored', { 0: 'Tipo 2', 1: 'Tipo 1', 2: 'Contenedor', 3: 'Tipo 1', 9: 'Tipo 2' }, 1],
  ])('matching: %s → %s', (_name, response, score) => {
    expect(gradeResponse(matching, response)).toBe(score)
  })

  it.each<[string, string[], number]>([
    ['right order', ['0', '1', '2', '3'], 1],
    ['one swap (all-or-nothing)', ['0', '1', '3', '2'], 0],
    ['reversed', ['3', '2', '1', '0'], 0],
    ['too short (right prefix)', ['0', '1', '2'], 0],
    ['too long (right prefix)', ['0', '1', '2', '3', '3'], 0],
    ['empty', [], 0],
  ])('ordering: %s → %s', (_name, response, score) => {
    expect(gradeResponse(ordering, response)).toBe(score)
  })

  it.each<[string, QuestionSpec, unknown]>([
    ['single given a number', single, 2],
    ['single given a list', single, ['2']],
    ['multiple given a string', multiple, '0'],
    ['multiple given numbers', multiple, [0, 1, 2, 3]],
    ['multiple given an object', multiple, { 0: '0' }],
    ['true/false given a string', truefalse, 'false'],
    ['true/false given 0', truefalse, 0],
    ['short given a number', short, 42],
    ['short given the list of answers', short, ['systemd-detect-virt']],
    ['matching given a list', matching, ['Tipo 2', 'Tipo 1', 'Contenedor', 'Tipo 1']],
    ['matching given number values', matching, { 0: 1, 1: 2 }],
    ['matching given null', matching, null],
    ['ordering given a string', ordering, '0123'],
    ['ordering given numbers', ordering, [0, 1, 2, 3]],
  ])('wrong-shaped response scores 0: %s', (_name, spec, response) => {
    expect(gradeResponse(spec, response)).toBe(0)
    expect(isResponseFor(spec, response)).toBe(false)
  })

  it.each(ALL_SPECS)('undefined and null score 0 for $type ($id)', (spec) => {
    expect(gradeResponse(spec, undefined)).toBe(0)
    expect(gradeResponse(spec, null)).toBe(0)
  })

  it('scores are always between 0 and 1', () => {
    const responses: unknown[] = ['0', '2', true, false, [], ['0'], ['4', '5'], {}, { 0: 'Tipo 2' }, 'x', ['3', '2', '1', '0']]
    for (const spec of ALL_SPECS) {
      for (const response of responses) {
        const score = gradeResponse(spec, response)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
      }
    }
  })
})

describe('isComplete', () => {
  it.each<[string, QuestionSpec, unknown, boolean]>([
    ['single with an option', single, '1', true],
    ['single unanswered', single, undefined, false],
    ['multiple with one pick', multiple, ['4'], true],
    ['multiple with no pick', multiple, [], false],
    ['true/false answered false', truefalse, false, true],
    ['true/false answered true', truefalse, true, true],
    ['true/false unanswered', truefalse, undefined, false],
    ['short with text', short, 'x', true],
    ['short empty', short, '', false],
    ['short with only spaces', short, '   ', false],
    ['matching with every pair', matching, { 0: 'Tipo 1', 1: 'Tipo 1', 2: 'Tipo 1', 3: 'Tipo 1' }, true],
    ['matching with one pair missing', matching, { 0: 'Tipo 1', 1: 'Tipo 1', 2: 'Tipo 1' }, false],
    ['matching with one pair blank', matching, { 0: 'Tipo 1', 1: 'Tipo 1', 2: 'Tipo 1', 3: '' }, false],
    ['matching with nothing', matching, {}, false],
    ['ordering in any order', ordering, ['3', '2', '1', '0'], true],
    ['ordering of the wrong shape', ordering, 'abc', false],
  ])('%s → %s', (_name, spec, response, complete) => {
    expect(isComplete(spec, response)).toBe(complete)
  })
})

describe('solutionOf', () => {
  it.each(ALL_SPECS)('the solution of $type ($id) scores 1 and is complete', (spec) => {
    const solution = solutionOf(spec)
    expect(isResponseFor(spec, solution)).toBe(true)
    expect(isComplete(spec, solution)).toBe(true)
    expect(gradeResponse(spec, solution)).toBe(1)
  })

  it('gives the first accepted short answer', () => {
    expect(solutionOf(short)).toBe('systemd-detect-virt')
  })

  it('gives the matching pairs by left key', () => {
    expect(solutionOf(matching)).toEqual({ 0: 'Tipo 2', 1: 'Tipo 1', 2: 'Contenedor', 3: 'Tipo 1' })
  })

  it('returns copies: changing the shown solution does not change the answer key', () => {
    const multi = solutionOf(multiple) as string[]
    multi.push('4')
    const order = solutionOf(ordering) as string[]
    order.reverse()
    expect(multiple.correct).toEqual(['0', '1', '2', '3'])
    expect(ordering.items).toEqual(['0', '1', '2', '3'])
  })
})

describe('normalizeShortAnswer', () => {
  it.each<[string, boolean, string]>([
    ['  virsh list  ', false, 'virsh list'],
    ['virsh   list\t--all', false, 'virsh list --all'],
    ['a\n\nb', false, 'a b'],
    ['Virsh LIST', false, 'Virsh LIST'],
    ['Virsh LIST', true, 'virsh list'],
    ['ÁRBOL Ñ', true, 'árbol ñ'],
    ['', false, ''],
    ['   ', true, ''],
    ['\u00a0nbsp\u00a0', false, 'nbsp'],
  ])('%j (ignoreCase %s) → %j', (text, ignoreCase, expected) => {
    expect(normalizeShortAnswer(text, ignoreCase)).toBe(expected)
  })
})
