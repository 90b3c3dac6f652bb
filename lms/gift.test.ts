import { readFileSync } from 'node:fs'
import type { GIFTQuestion } from 'gift-pegjs'
import { describe, expect, test } from 'vitest'
import { readGift } from './exported-questions.ts'
import { EXPORT_LABELS } from './export-labels.ts'
import { gift, giftText } from './gift.ts'
import { escapeHtml, multipleChoiceGrades, shortAnswerVariants } from './moodle-rules.ts'
import { type BankQuestion, type Lang, type LessonQuestions, readCourseQuestions } from './question-bank.ts'

const GIFT_TYPES: Record<BankQuestion['spec']['type'], GIFTQuestion['type']> = {
  single: 'MC', multiple: 'MC', truefalse: 'TF', short: 'Short', matching: 'Matching', ordering: 'MC',
}

/** The GIFT file read back by gift-pegjs (ordering by Moodle's plugin pattern) is the model, question by question. */
function expectSameBank(text: string, lessons: LessonQuestions[], lang: Lang): void {
  const labels = EXPORT_LABELS[lang]
  const { parsed, ordering } = readGift(text)
  const categories = parsed.filter((question) => question.type === 'Category')
  expect(categories.map((category) => category.title)).toEqual(lessons.map((lesson) =>
    `$course$/top/${labels.courseTitle}/${labels.lessonName(lesson.lesson.order, lesson.lesson.title).replace(/\//g, '//')}`))
  const questions = lessons.flatMap((lesson) => lesson.questions)
  const others = parsed.filter((question) => question.type !== 'Category')
  expect(others.length + ordering.length).toBe(questions.length)
  const ids = [...others.map((question) => question.id), ...ordering.map((question) => question.id)]
  expect(new Set(ids).size).toBe(questions.length)
  for (const question of questions) {
    const tags = [labels.lessonTag(question.lesson.order), ...(question.assessment ? [labels.assessmentTag] : [])]
    if (question.spec.type === 'ordering') {
      const read = ordering.find((item) => item.id === question.id)!
      expect(read.count).toBe(question.itemsHtml.length)
      expect(read.items).toEqual(question.itemsHtml)
      continue
    }
    const read = others.find((item) => item.id === question.id)
    expect(read, question.id).toBeDefined()
    if (!read || read.type === 'Description') continue
    expect(read.type).toBe(GIFT_TYPES[question.spec.type])
    expect(read.tags).toEqual(tags)
    expect(read.title).toMatch(new RegExp(`^${question.id} · `))
    expect(read.stem).toEqual({ format: 'html', text: question.promptHtml })
    expect(read.globalFeedback).toEqual({ format: 'html', text: question.explanationHtml })
    switch (read.type) {
      case 'MC': {
        expect(read.choices.map((choice) => choice.text.text)).toEqual(question.options.map((option) => option.html))
        expect(read.choices.map((choice) => choice.feedback?.text ?? '')).toEqual(question.options.map((option) => option.feedbackHtml ?? ''))
        if (question.spec.type === 'single') {
          expect(read.choices.map((choice) => choice.isCorrect)).toEqual(question.options.map((option) => option.correct))
        } else {
          expect(read.choices.map((choice) => choice.weight)).toEqual(multipleChoiceGrades(question).map(Number))
        }
        break
      }
      case 'TF':
        expect(read.isTrue).toBe(question.spec.type === 'truefalse' && question.spec.answer)
        break
      case 'Short':
        expect(read.choices.map((choice) => choice.text.text)).toEqual(shortAnswerVariants(question))
        expect(read.choices.every((choice) => choice.isCorrect && choice.weight === null)).toBe(true)
        break
      case 'Matching':
        expect(read.matchPairs.map((pair) => pair.subquestion.text)).toEqual(question.pairs.map((pair) => escapeHtml(pair.left)))
        break
      default:
        throw new Error(`unexpected type ${read.type}`)
    }
  }
}

/** Moodle's GIFT reader: blank lines end a question, and a line starting with // is a comment. */
function expectMoodleLineRules(text: string): void {
  expect(text.endsWith('}\n')).toBe(true)
  for (const block of text.trimEnd().split(/\n{2,}/)) {
    const lines = block.split('\n')
    const body = lines.filter((line) => !line.startsWith('//'))
    if (body.length === 0 || body[0]!.startsWith('$CATEGORY:')) continue
    expect(body[0]).toMatch(/^::/)
    expect(body.at(-1)).toBe('}')
    expect(lines.slice(lines.findIndex((line) => !line.startsWith('//'))).some((line) => line.startsWith('//'))).toBe(false)
  }
}

const fixture = readCourseQuestions('tests/fixtures/lms/lessons', 'es')

describe('GIFT of the fixture lesson', () => {
  test('is the reviewed golden file', () => {
    expect(gift(fixture, 'es')).toBe(readFileSync('tests/fixtures/lms/golden/prueba-es.gift.txt', 'utf8'))
  })

  test('parses back with gift-pegjs to the model, one question of each type', () => {
    const text = gift(fixture, 'es')
    expectSameBank(text, fixture, 'es')
    expectMoodleLineRules(text)
  })

  test('escapes GIFT\'s special characters and keeps a code block on one line', () => {
    expect(giftText('a:b {c} ~d =e #f \\g\nh')).toBe('a\\:b \\{c\\} \\~d \\=e \\#f \\\\g\\nh')
    const text = gift(fixture, 'es')
    expect(text).toContain('\\{llaves\\}, \\~virgulilla, \\=igual, \\#almohadilla y dos\\:puntos.')
    expect(text).toContain(`####<p>La opción <code>--all</code> incluye las MV apagadas. Por ejemplo\\:</p>\\n<pre><code class\\="language-bash">virsh list --all | grep -c 'apagado'\\n</code></pre>`)
  })
})

describe('GIFT of the course', () => {
  test.each(['es', 'en'] as const)('%s: all 72 questions in the lessons\' categories, as the model says', (lang) => {
    const lessons = readCourseQuestions('content/lessons', lang)
    const text = gift(lessons, lang)
    const { parsed, ordering } = readGift(text)
    expect(parsed.filter((question) => question.type !== 'Category').length + ordering.length).toBe(72)
    expect(ordering).toHaveLength(7)
    expectSameBank(text, lessons, lang)
    expectMoodleLineRules(text)
  })
})
