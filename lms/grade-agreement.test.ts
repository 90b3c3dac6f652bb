import { describe, expect, test } from 'vitest'
import { gradeResponse, normalizeShortAnswer } from '../src/quiz/grading.ts'
import type { Response } from '../src/quiz/model.ts'
import { type ExportedQuestion, questionsFromGift, questionsFromXml } from './exported-questions.ts'
import { gift } from './gift.ts'
import { type MoodleResponse, moodleFraction } from './moodle-grading.ts'
import { moodleXml } from './moodle-xml.ts'
import { type BankQuestion, type Lang, readCourseQuestions } from './question-bank.ts'

/*
 * Every question of the course, answered right, partly right and wrong: the
 * grade Moodle gives from the exported file (read back by a real parser) must
 * be the app's grade. The only differences are the documented ones:
 * - short answers: Moodle does not collapse repeated inner spaces;
 * - GIFT: short answers ignore letter case (the format cannot say otherwise);
 * - the Moodle 4.1 file: an ordering becomes a matching, with credit per step.
 */

type Format = 'xml' | 'xml-4.1' | 'gift'

/** Responses a student could give, in the app's terms (keys). */
function responsesFor(question: BankQuestion): Response[] {
  const { spec } = question
  switch (spec.type) {
    case 'single':
      return spec.options
    case 'multiple': {
      // Every subset of the options: right, partly right, wrong, empty, all.
      const subsets: string[][] = []
      for (let mask = 0; mask < 2 ** spec.options.length; mask += 1) {
        subsets.push(spec.options.filter((_, index) => mask & (1 << index)))
      }
      return subsets
    }
    case 'truefalse':
      return [true, false]
    case 'short': {
      const answers = spec.accept.flatMap((accepted) => [
        accepted, `  ${accepted} `, accepted.toUpperCase(), accepted.toLowerCase(),
        accepted.replace(/ /g, '  '), `${accepted}x`, accepted.slice(0, -1),
      ])
      return [...answers, '', 'respuesta equivocada', '*']
    }
    case 'matching': {
      const solution = Object.fromEntries(spec.rights.map((right, index) => [String(index), right]))
      const responses: Response[] = [solution, {}, Object.fromEntries(spec.lefts.map((left) => [left, '0']))]
      for (let a = 0; a < spec.lefts.length; a += 1) {
        for (let b = a + 1; b < spec.lefts.length; b += 1) {
          responses.push({ ...solution, [String(a)]: spec.rights[b]!, [String(b)]: spec.rights[a]! })
        }
      }
      const rotated = [...spec.rights.slice(1), spec.rights[0]!]
      responses.push(Object.fromEntries(rotated.map((right, index) => [String(index), right])))
      return responses
    }
    case 'ordering': {
      const responses: Response[] = [[...spec.items], [...spec.items].reverse()]
      for (let index = 0; index + 1 < spec.items.length; index += 1) {
        const swapped = [...spec.items]
        ;[swapped[index], swapped[index + 1]] = [swapped[index + 1]!, swapped[index]!]
        responses.push(swapped)
      }
      return responses
    }
  }
}

/** The same response as Moodle receives it: indexes, answer texts and items as the file lists them. */
function moodleResponse(question: BankQuestion, response: Response, exported: ExportedQuestion): MoodleResponse {
  const { spec } = question
  switch (spec.type) {
    case 'single':
      return { qtype: 'multichoice', chosen: [spec.options.indexOf(response as string)] }
    case 'multiple':
      return { qtype: 'multichoice', chosen: (response as string[]).map((key) => spec.options.indexOf(key)) }
    case 'truefalse':
      return { qtype: 'truefalse', answer: response as boolean }
    case 'short':
      return { qtype: 'shortanswer', answer: response as string }
    case 'matching': {
      const labels = [...new Set(question.pairs.map((pair) => pair.right))]
      const chosen = response as Record<string, string>
      return { qtype: 'match', chosen: spec.lefts.map((left) => (chosen[left] === undefined ? undefined : labels[Number(chosen[left])])) }
    }
    case 'ordering': {
      const order = (response as string[]).map((key) => Number(key))
      if (exported.question.qtype === 'match') {
        // Moodle 4.1: "Step n" → the item the student put in position n.
        return { qtype: 'match', chosen: order.map((index) => question.itemsText[index]) }
      }
      const items = exported.question.qtype === 'ordering' ? exported.question.items : []
      return { qtype: 'ordering', order: order.map((index) => items[index]!) }
    }
  }
}

/** Why Moodle may grade this response differently, if it is one of the documented differences. */
function knownDifference(question: BankQuestion, response: Response, format: Format): string | undefined {
  const { spec } = question
  if (spec.type === 'short') {
    // Moodle compares the trimmed response with each listed answer (single spaces), case aside when it ignores case.
    const given = response as string
    const ignoresCase = format === 'gift' || spec.ignoreCase
    const moodleSees = spec.accept.some((accepted) => {
      const listed = normalizeShortAnswer(accepted, false)
      return ignoresCase ? given.trim().toLocaleLowerCase() === listed.toLocaleLowerCase() : given.trim() === listed
    })
    if (/\S\s{2,}\S/.test(given.trim()) && !moodleSees) return 'inner spaces'
    if (format === 'gift' && !spec.ignoreCase && moodleSees && gradeResponse(spec, given) === 0) return 'GIFT letter case'
  }
  if (spec.type === 'ordering' && format === 'xml-4.1') {
    const order = response as string[]
    if (order.some((key, index) => key === spec.items[index]) && !order.every((key, index) => key === spec.items[index])) {
      return 'ordering as matching'
    }
  }
  return undefined
}

function exportedFile(lang: Lang, format: Format): ExportedQuestion[] {
  const lessons = readCourseQuestions('content/lessons', lang)
  if (format === 'gift') return questionsFromGift(gift(lessons, lang))
  return questionsFromXml(moodleXml(lessons, { lang, ordering: format === 'xml' ? 'native' : 'matching' }))
}

describe.each(['es', 'en'] as const)('grades in Moodle agree with the app (%s)', (lang) => {
  const questions = readCourseQuestions('content/lessons', lang).flatMap((lesson) => lesson.questions)

  test.each(['xml', 'gift', 'xml-4.1'] as const)('%s: every question, right, partly right and wrong', (format) => {
    const exported = new Map(exportedFile(lang, format).map((item) => [item.id, item]))
    expect(exported.size).toBe(72)
    const seen = { right: 0, partial: 0, wrong: 0, differences: new Map<string, number>() }
    for (const question of questions) {
      const file = exported.get(question.id)!
      for (const response of responsesFor(question)) {
        const app = gradeResponse(question.spec, response)
        const moodle = moodleFraction(file.question, moodleResponse(question, response, file))
        const difference = knownDifference(question, response, format)
        if (difference) {
          seen.differences.set(difference, (seen.differences.get(difference) ?? 0) + 1)
          expect(moodle, `${question.id} ${JSON.stringify(response)}: ${difference}`).not.toBeCloseTo(app, 5)
          continue
        }
        expect(moodle, `${question.id} ${JSON.stringify(response)}`).toBeCloseTo(app, 5)
        if (app === 1) seen.right += 1
        else if (app === 0) seen.wrong += 1
        else seen.partial += 1
      }
    }
    expect(seen.right).toBeGreaterThanOrEqual(72)
    expect(seen.partial).toBeGreaterThan(100)
    expect(seen.wrong).toBeGreaterThan(200)
    const expected = format === 'gift' ? ['inner spaces', 'GIFT letter case'] : format === 'xml-4.1' ? ['inner spaces', 'ordering as matching'] : ['inner spaces']
    expect([...seen.differences.keys()].sort()).toEqual(expected.sort())
  })
})
