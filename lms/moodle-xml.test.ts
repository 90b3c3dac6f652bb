import { readFileSync } from 'node:fs'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, test } from 'vitest'
import { VALID_FRONTMATTER } from '../mdx/test-helpers.ts'
import { EXPORT_LABELS } from './export-labels.ts'
import { MOODLE_GRADES, escapeHtml } from './moodle-rules.ts'
import { moodleXml } from './moodle-xml.ts'
import { type BankQuestion, type Lang, type LessonQuestions, readCourseQuestions, readLessonQuestions } from './question-bank.ts'

const LIST_TAGS = new Set(['question', 'answer', 'hint', 'subquestion', 'tag'])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => LIST_TAGS.has(name),
})

interface XmlText { text?: string; format?: string }
interface XmlAnswer { fraction: string; format?: string; text?: string; feedback?: XmlText }
interface XmlQuestion {
  type: string
  name?: XmlText
  category?: XmlText
  idnumber?: string
  questiontext?: XmlText
  generalfeedback?: XmlText
  answer?: XmlAnswer[]
  hint?: XmlText[]
  subquestion?: { text?: string; answer: { text: string }[] }[]
  tags?: { tag: XmlText[] }
  [field: string]: unknown
}

function parseQuiz(xml: string): XmlQuestion[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
  expect(XMLValidator.validate(xml)).toBe(true)
  return (parser.parse(xml) as { quiz: { question: XmlQuestion[] } }).quiz.question
}

/** The questions of each category, by category path, as Moodle's importer groups them. */
function byCategory(questions: XmlQuestion[]): Map<string, XmlQuestion[]> {
  const groups = new Map<string, XmlQuestion[]>()
  let current = ''
  for (const question of questions) {
    if (question.type === 'category') {
      current = question.category!.text!
      groups.set(current, [])
    } else groups.get(current)!.push(question)
  }
  return groups
}

const text = (field: XmlText | undefined) => field?.text ?? ''

/** Checks one exported question against the model it came from. */
function expectSameQuestion(xml: XmlQuestion, question: BankQuestion, lang: Lang, ordering: 'native' | 'matching'): void {
  const labels = EXPORT_LABELS[lang]
  const { spec } = question
  expect(xml.idnumber).toBe(question.id)
  expect(text(xml.name)).toMatch(new RegExp(`^${question.id} · `))
  expect(text(xml.generalfeedback)).toBe(question.explanationHtml)
  expect(xml.generalfeedback?.format).toBe('html')
  expect((xml.hint ?? []).map(text)).toEqual(question.hintsHtml)
  expect(xml.tags!.tag.map(text)).toEqual([labels.lessonTag(question.lesson.order), ...(question.assessment ? [labels.assessmentTag] : [])])
  const answers = xml.answer ?? []
  switch (spec.type) {
    case 'single':
    case 'multiple': {
      expect(xml.type).toBe('multichoice')
      expect(text(xml.questiontext)).toBe(question.promptHtml)
      expect(xml.single).toBe(String(spec.type === 'single'))
      expect(answers.map((answer) => answer.text)).toEqual(question.options.map((option) => option.html))
      expect(answers.map((answer) => text(answer.feedback))).toEqual(question.options.map((option) => option.feedbackHtml ?? ''))
      const fractions = answers.map((answer) => answer.fraction)
      for (const fraction of fractions) expect(MOODLE_GRADES).toContain(fraction.replace(/^-/, ''))
      // Moodle's own checks: one 100 for single answer, positive fractions adding up to 100 for multiple.
      if (spec.type === 'single') expect(fractions.filter((fraction) => fraction === '100')).toHaveLength(1)
      else expect(fractions.map(Number).filter((value) => value > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 2)
      question.options.forEach((option, index) => expect(Number(fractions[index]) > 0).toBe(option.correct))
      break
    }
    case 'truefalse':
      expect(xml.type).toBe('truefalse')
      expect(answers.map((answer) => [answer.text, answer.fraction])).toEqual([
        ['true', spec.answer ? '100' : '0'],
        ['false', spec.answer ? '0' : '100'],
      ])
      break
    case 'short':
      expect(xml.type).toBe('shortanswer')
      expect(xml.usecase).toBe(spec.ignoreCase ? '0' : '1')
      expect(answers.length).toBeGreaterThan(0)
      for (const answer of answers) expect(answer.fraction).toBe('100')
      break
    case 'matching':
      expect(xml.type).toBe('matching')
      expect(xml.subquestion!.map((sub) => [sub.text, sub.answer[0]!.text])).toEqual(
        question.pairs.map((pair) => [escapeHtml(pair.left), pair.right]),
      )
      expect(question.pairs.length).toBeGreaterThanOrEqual(3)
      break
    case 'ordering':
      if (ordering === 'native') {
        expect(xml.type).toBe('ordering')
        expect(text(xml.questiontext)).toBe(question.promptHtml)
        expect([xml.selecttype, xml.selectcount, xml.gradingtype, xml.layouttype]).toEqual(['ALL', String(question.itemsHtml.length), 'ALL_OR_NOTHING', 'VERTICAL'])
        expect(answers.map((answer) => answer.text)).toEqual(question.itemsHtml)
      } else {
        expect(xml.type).toBe('matching')
        expect(text(xml.questiontext)).toBe(`${question.promptHtml}\n<p><em>${labels.orderingAsMatching}</em></p>`)
        expect(xml.subquestion!.map((sub) => [sub.text, sub.answer[0]!.text])).toEqual(
          question.itemsText.map((item, index) => [labels.stepLabel(index + 1), item]),
        )
      }
      break
  }
}

function expectSameBank(xml: string, lessons: LessonQuestions[], lang: Lang, ordering: 'native' | 'matching'): void {
  const labels = EXPORT_LABELS[lang]
  const groups = byCategory(parseQuiz(xml))
  expect([...groups.keys()]).toEqual(lessons.map((lesson) =>
    `$course$/top/${labels.courseTitle}/${labels.lessonName(lesson.lesson.order, lesson.lesson.title).replace(/\//g, '//')}`))
  lessons.forEach((lesson, index) => {
    const exported = [...groups.values()][index]!
    expect(exported.map((question) => question.idnumber)).toEqual(lesson.questions.map((question) => question.id))
    expect(new Set(exported.map((question) => question.idnumber)).size).toBe(exported.length)
    exported.forEach((question, position) => expectSameQuestion(question, lesson.questions[position]!, lang, ordering))
  })
}

const fixture = readCourseQuestions('tests/fixtures/lms/lessons', 'es')

describe('Moodle XML of the fixture lesson', () => {
  test('is the reviewed golden file', () => {
    expect(moodleXml(fixture, { lang: 'es', ordering: 'native' })).toBe(readFileSync('tests/fixtures/lms/golden/prueba-es.moodle.xml', 'utf8'))
  })

  test('parses back to the model, one question of each type', () => {
    expectSameBank(moodleXml(fixture, { lang: 'es', ordering: 'native' }), fixture, 'es', 'native')
    expectSameBank(moodleXml(fixture, { lang: 'es', ordering: 'matching' }), fixture, 'es', 'matching')
  })

  test('splits CDATA around ]]> and doubles the / of a category name', () => {
    const xml = moodleXml(fixture, { lang: 'es', ordering: 'native' })
    expect(xml).toContain('<code>a]]]]><![CDATA[>b</code>')
    expect(xml).toContain('Lección 1: KVM//QEMU de prueba')
    expect(text(parseQuiz(xml)[1]!.questiontext)).toContain('<code>a]]>b</code>')
  })

  test('lists each short answer once, with single spaces, and escapes Moodle\'s * wildcard', () => {
    const questions = parseQuiz(moodleXml(fixture, { lang: 'es', ordering: 'native' }))
    const answers = (id: string) => questions.find((question) => question.idnumber === id)!.answer!.map((answer) => answer.text)
    expect(answers('p-corta')).toEqual(['qemu:///system'])
    expect(answers('p-corta-mayusculas')).toEqual(['net-autostart default', 'Virsh net-autostart default'])
  })
})

describe('Moodle XML of the course', () => {
  for (const lang of ['es', 'en'] as const) {
    const lessons = readCourseQuestions('content/lessons', lang)
    for (const ordering of ['native', 'matching'] as const) {
      test(`${lang}, ordering ${ordering}: all 72 questions, one category per lesson, unique idnumbers`, () => {
        const xml = moodleXml(lessons, { lang, ordering })
        const questions = parseQuiz(xml).filter((question) => question.type !== 'category')
        expect(questions).toHaveLength(72)
        expect(questions.filter((question) => question.type === 'ordering')).toHaveLength(ordering === 'native' ? 7 : 0)
        expectSameBank(xml, lessons, lang, ordering)
      })
    }
  }
})

describe('questions Moodle cannot grade as the app does fail the export', () => {
  const exportOf = (body: string) => moodleXml([readLessonQuestions(`${VALID_FRONTMATTER}\n${body}\n`, 'content/lessons/09-roto/es.mdx')], { lang: 'es', ordering: 'native' })

  test('a multiple choice whose fractions are not in Moodle\'s grade list', () => {
    const options = Array.from({ length: 11 }, (_, index) => `<Option>Mal ${index}</Option>`).join('\n')
    expect(() => exportOf(`<MultipleChoice id="once">\n<Prompt>¿Cuál?</Prompt>\n<Option correct>Bien</Option>\n${options}\n<Explanation>Porque sí.</Explanation>\n</MultipleChoice>`))
      .toThrow('content/lessons/09-roto/es.mdx:11:1: pregunta «once»: Moodle no admite la fracción -9.09091 %')
  })

  test('a matching with fewer than three pairs', () => {
    expect(() => exportOf(`<Matching id="dos">\n<Prompt>Relaciona.</Prompt>\n<Pair left="a" right="x" />\n<Pair left="b" right="y" />\n<Explanation>Así.</Explanation>\n</Matching>`))
      .toThrow('content/lessons/09-roto/es.mdx:11:1: pregunta «dos»: Moodle exige al menos 3 parejas en una pregunta de relacionar (tiene 2)')
  })
})
