import { XMLParser } from 'fast-xml-parser'
import { type GIFTQuestion, parse as parseGift } from 'gift-pegjs'
import type { MoodleQuestion } from './moodle-grading.ts'

/**
 * Reads exported files back with real parsers into what Moodle would store
 * (test support: the grade-agreement and GIFT tests grade what the files say,
 * not what the exporter meant).
 */

export interface ExportedQuestion {
  id: string
  question: MoodleQuestion
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => ['question', 'answer', 'subquestion'].includes(name),
})

interface XmlAnswer { fraction: string; text?: string }
interface XmlQuestion {
  type: string
  idnumber?: string
  single?: string
  usecase?: string
  gradingtype?: string
  answer?: XmlAnswer[]
  subquestion?: { text?: string; answer: { text?: string }[] }[]
}

export function questionsFromXml(xml: string): ExportedQuestion[] {
  const questions = (xmlParser.parse(xml) as { quiz: { question: XmlQuestion[] } }).quiz.question
  return questions.filter((question) => question.type !== 'category').map((question): ExportedQuestion => {
    const answers = (question.answer ?? []).map((answer) => ({ text: answer.text ?? '', fraction: Number(answer.fraction) / 100 }))
    const id = question.idnumber ?? ''
    switch (question.type) {
      case 'multichoice':
        return { id, question: { qtype: 'multichoice', single: question.single === 'true', answers } }
      case 'truefalse':
        return { id, question: { qtype: 'truefalse', correct: answers.find((answer) => answer.text === 'true')!.fraction === 1 } }
      case 'shortanswer':
        return { id, question: { qtype: 'shortanswer', usecase: question.usecase === '1', answers } }
      case 'matching':
        return { id, question: { qtype: 'match', stems: question.subquestion!.map((sub) => ({ text: sub.text ?? '', answer: sub.answer[0]!.text ?? '' })) } }
      case 'ordering':
        return { id, question: { qtype: 'ordering', gradingType: question.gradingtype ?? '', items: answers.map((answer) => answer.text) } }
      default:
        throw new Error(`unexpected question type ${question.type}`)
    }
  })
}

/** Moodle's ordering plugin reads `{>n SELECT LAYOUT GRADING SHOW numbering` and one item per line. */
const GIFT_ORDERING = /^(?:\/\/ \[id:([^\]]+)\][^\n]*\n)?::[^\n]*\{\s*>\s*(\d+)\s+(ALL)\s+(VERTICAL)\s+(ALL_OR_NOTHING)\s+(SHOW)\s+(none)\s*\n([\s\S]*?)\n####[^\n]*\n\}$/

export interface GiftFile {
  /** What gift-pegjs reads: every question but the ordering ones, which it does not know. */
  parsed: GIFTQuestion[]
  /** Ordering questions, read with the regular expression of Moodle's ordering plugin. */
  ordering: { id: string; count: number; items: string[] }[]
}

export function readGift(text: string): GiftFile {
  const blocks = text.split(/\n{2,}/)
  const ordering: GiftFile['ordering'] = []
  const others: string[] = []
  for (const block of blocks) {
    if (!/\{\s*>\s*\d/.test(block)) {
      others.push(block)
      continue
    }
    const match = GIFT_ORDERING.exec(block.trim())
    if (!match) throw new Error(`ordering block Moodle would not read:\n${block}`)
    ordering.push({ id: match[1] ?? '', count: Number(match[2]), items: match[8]!.split('\n') })
  }
  return { parsed: parseGift(others.join('\n\n')), ordering }
}

/**
 * gift-pegjs leaves Moodle's escape placeholders in the right side of a
 * matching pair; Moodle's importer restores them there (escapedchar_post).
 */
function restoreGiftEscapes(text: string): string {
  const placeholders: Record<string, string> = { '&&058;': ':', '&&035;': '#', '&&061;': '=', '&&123;': '{', '&&125;': '}', '&&126;': '~', '&&010': '\n' }
  return text.replace(/&&0(?:58|35|61|23|25|26);|&&010|&&1(?:23|25|26);/g, (placeholder) => placeholders[placeholder] ?? placeholder)
}

/** The GIFT file as Moodle would store it; short answers from GIFT are case-insensitive. */
export function questionsFromGift(text: string): ExportedQuestion[] {
  const { parsed, ordering } = readGift(text)
  const questions = parsed.filter((question) => question.type !== 'Category').map((question): ExportedQuestion => {
    const id = question.id ?? ''
    switch (question.type) {
      case 'MC': {
        const single = question.choices.some((choice) => choice.isCorrect && choice.weight === null)
        const answers = question.choices.map((choice) => ({
          text: choice.text.text,
          fraction: choice.weight !== null ? choice.weight / 100 : choice.isCorrect ? 1 : 0,
        }))
        return { id, question: { qtype: 'multichoice', single, answers } }
      }
      case 'TF':
        return { id, question: { qtype: 'truefalse', correct: question.isTrue } }
      case 'Short':
        return { id, question: { qtype: 'shortanswer', usecase: false, answers: question.choices.map((choice) => ({ text: choice.text.text, fraction: choice.weight !== null ? choice.weight / 100 : 1 })) } }
      case 'Matching':
        return { id, question: { qtype: 'match', stems: question.matchPairs.map((pair) => ({ text: pair.subquestion.text, answer: restoreGiftEscapes(pair.subanswer) })) } }
      default:
        throw new Error(`unexpected GIFT question type ${question.type}`)
    }
  })
  return [...questions, ...ordering.map((item): ExportedQuestion => ({ id: item.id, question: { qtype: 'ordering', gradingType: 'ALL_OR_NOTHING', items: item.items } }))]
}
