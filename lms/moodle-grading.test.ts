import { describe, expect, test } from 'vitest'
import { matchesShortAnswer, moodleFraction } from './moodle-grading.ts'

describe('the model of Moodle\'s grading used by the agreement tests', () => {
  test.each([
    ['Frog', 'frog', true, true],
    ['Frog', 'frog', false, false],
    ['  frog ', 'frog', false, true],
    ['frogs', 'frog', false, false],
    ['green frog', '*frog', false, true],
    ['*', '\\*', false, true],
    ['x', '\\*', false, false],
    ['(vmx|svm)', '(vmx|svm)', false, true],
    ['vmx', '(vmx|svm)', false, false],
    ['virsh  list', 'virsh list', false, false],
  ] as const)('short answer %j against %j (ignore case: %s) matches: %s', (response, pattern, ignoreCase, expected) => {
    expect(matchesShortAnswer(response, pattern, ignoreCase)).toBe(expected)
  })

  test('multiple answer adds the fractions of the ticked options and keeps the sum between 0 and 1', () => {
    const question = { qtype: 'multichoice', single: false, answers: [{ text: 'a', fraction: 0.5 }, { text: 'b', fraction: 0.5 }, { text: 'c', fraction: -1 }] } as const
    expect(moodleFraction(question, { qtype: 'multichoice', chosen: [0, 1] })).toBe(1)
    expect(moodleFraction(question, { qtype: 'multichoice', chosen: [0] })).toBe(0.5)
    expect(moodleFraction(question, { qtype: 'multichoice', chosen: [0, 2] })).toBe(0)
    expect(moodleFraction({ ...question, answers: [...question.answers, { text: 'd', fraction: 0.5 }] }, { qtype: 'multichoice', chosen: [0, 1, 3] })).toBe(1)
  })

  test('matching gives credit per item; an answer may serve several items', () => {
    const question = { qtype: 'match', stems: [{ text: 'ESXi', answer: 'Tipo 1' }, { text: 'Xen', answer: 'Tipo 1' }, { text: 'VirtualBox', answer: 'Tipo 2' }] } as const
    expect(moodleFraction(question, { qtype: 'match', chosen: ['Tipo 1', 'Tipo 1', 'Tipo 2'] })).toBe(1)
    expect(moodleFraction(question, { qtype: 'match', chosen: ['Tipo 1', undefined, 'Tipo 1'] })).toBeCloseTo(1 / 3)
  })

  test('all-or-nothing ordering', () => {
    const question = { qtype: 'ordering', gradingType: 'ALL_OR_NOTHING', items: ['a', 'b', 'c'] } as const
    expect(moodleFraction(question, { qtype: 'ordering', order: ['a', 'b', 'c'] })).toBe(1)
    expect(moodleFraction(question, { qtype: 'ordering', order: ['a', 'c', 'b'] })).toBe(0)
  })
})
