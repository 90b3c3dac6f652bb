import { normalizeShortAnswer } from '../quiz/grading.ts'
import type { QuestionSpec } from '../quiz/model.ts'
import { hashString } from '../quiz/shuffle.ts'
import { type AnswerRecord, type AssessmentRecord, type ProgressData, emptyProgress } from '../store/progress-types.ts'
import { assessmentResult } from '../store/selectors.ts'
import { escapeAscii, unescapeAscii } from './ascii-text.ts'
import type { CourseShape } from './course-shape.ts'

/**
 * The student's progress as SCORM 1.2 `cmi.suspend_data`: printable ASCII,
 * at most 4096 characters (CMIString4096, Moodle's standard mode).
 *
 *     A1.<hash>.<seed>.<visits>.<answers>.<assessments>
 *
 * - `A1`: codec version. `hash`: the course's question list (courseShape);
 *   a string saved by another version of the course is set aside, not read.
 * - `seed`: the shuffle seed, escaped (escapeAscii).
 * - `visits`: per lesson in course order, `,`-separated: a base64url bitset of
 *   the slides seen (character k holds slides 6k…6k+5, lowest bit first).
 * - `answers`: per embedded question in course order, `,`-separated, empty
 *   when unanswered: tries (base36), `-` or `!` (solution shown), response:
 *   single = option index; multiple = bitmask of options; truefalse = 1/0;
 *   short = `'`+escaped text, `=k` (a correct answer: the key's k-th accepted
 *   text, base36) or `?` (text not kept); matching = one base36 choice per left item,
 *   `_` when unchosen; ordering = one base36 item index per position.
 * - `assessments`: per self-assessment in course order, empty when never
 *   submitted: `attempts:best:last`, grades ×10 in base36 (0–100).
 *
 * Not kept (the LMS keeps its own times; a whole draft or every submission's
 * responses would not fit): the times of each answer, a self-assessment's
 * draft and the responses of its submissions, set-aside data. Trailing empty
 * entries are dropped.
 */
export const CODEC_VERSION = 'A1'
export const SUSPEND_DATA_LIMIT = 4096
/** What the encoder aims at, leaving room below the hard limit. */
export const SUSPEND_DATA_BUDGET = 4000

const MAX_COUNT = 36 ** 3 - 1
const MAX_SEED_LENGTH = 48
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * What was given up to stay within the budget, in this order:
 * 0 nothing; 1 correct short answers kept as "correct" (the answer key's text
 * comes back); 2 also wrong short answers' texts, longest first (tries kept,
 * the text comes back empty); 3 also the slides seen.
 */
export type DegradeLevel = 0 | 1 | 2 | 3

export interface EncodedSuspendData {
  text: string
  level: DegradeLevel
}

const index36 = (key: string, size: number): string | undefined => {
  const index = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1
  return index >= 0 && index < size ? index.toString(36) : undefined
}

type ShortForm = { kind: 'text'; text: string } | { kind: 'correct'; accepted: number } | { kind: 'dropped' }

function encodeResponse(spec: QuestionSpec, response: unknown, short: ShortForm | undefined): string | undefined {
  switch (spec.type) {
    case 'single':
      return typeof response === 'string' ? index36(response, spec.options.length) : undefined
    case 'multiple': {
      if (!Array.isArray(response)) return undefined
      const picked = new Set<number>()
      for (const key of response) {
        const index = typeof key === 'string' ? index36(key, spec.options.length) : undefined
        if (index === undefined) return undefined
        picked.add(Number.parseInt(index, 36))
      }
      return [...picked].reduce((mask, index) => mask + 2 ** index, 0).toString(36)
    }
    case 'truefalse':
      return typeof response === 'boolean' ? (response ? '1' : '0') : undefined
    case 'short':
      if (typeof response !== 'string' || !short) return undefined
      return short.kind === 'correct' ? `=${short.accepted.toString(36)}` : short.kind === 'dropped' ? '?' : `'${escapeAscii(short.text)}`
    case 'matching': {
      if (typeof response !== 'object' || response === null || Array.isArray(response)) return undefined
      const chosen = response as Record<string, unknown>
      const choices = new Set(spec.rights).size
      let out = ''
      for (let left = 0; left < spec.lefts.length; left += 1) {
        const value = chosen[String(left)]
        if (value === undefined || value === '') out += '_'
        else {
          const index = typeof value === 'string' ? index36(value, choices) : undefined
          if (index === undefined) return undefined
          out += index
        }
      }
      return Object.keys(chosen).every((key) => index36(key, spec.lefts.length) !== undefined) ? out : undefined
    }
    case 'ordering': {
      if (!Array.isArray(response) || response.length > spec.items.length) return undefined
      const indexes = response.map((key) => (typeof key === 'string' ? index36(key, spec.items.length) : undefined))
      return indexes.every((index) => index !== undefined) && new Set(indexes).size === indexes.length ? indexes.join('') : undefined
    }
  }
}

function decodeResponse(spec: QuestionSpec, code: string): unknown {
  const digit = (char: string, size: number): string => {
    const index = /^[0-9a-z]$/.test(char) ? Number.parseInt(char, 36) : -1
    if (index < 0 || index >= size) throw new Error('index out of range')
    return String(index)
  }
  switch (spec.type) {
    case 'single':
      return digit(code.length === 1 ? code : '', spec.options.length)
    case 'multiple': {
      if (!/^[0-9a-z]{1,11}$/.test(code)) throw new Error('bad mask')
      const mask = Number.parseInt(code, 36)
      if (mask >= 2 ** spec.options.length) throw new Error('mask out of range')
      return spec.options.map((_, index) => index).filter((index) => Math.floor(mask / 2 ** index) % 2 === 1).map(String)
    }
    case 'truefalse':
      if (code !== '0' && code !== '1') throw new Error('bad boolean')
      return code === '1'
    case 'short':
      if (code.startsWith('=')) {
        const accepted = /^=[0-9a-z]{1,2}$/.test(code) ? spec.accept[Number.parseInt(code.slice(1), 36)] : undefined
        if (accepted === undefined) throw new Error('no such accepted answer')
        return accepted
      }
      if (code === '?') return ''
      if (!code.startsWith("'")) throw new Error('bad text')
      return unescapeAscii(code.slice(1))
    case 'matching': {
      if (code.length !== spec.lefts.length) throw new Error('bad matching')
      const choices = new Set(spec.rights).size
      return Object.fromEntries([...code].flatMap((char, left) => (char === '_' ? [] : [[String(left), digit(char, choices)]])))
    }
    case 'ordering': {
      const keys = [...code].map((char) => digit(char, spec.items.length))
      if (keys.length > spec.items.length || new Set(keys).size !== keys.length) throw new Error('bad ordering')
      return keys
    }
  }
}

const count36 = (count: number) => Math.min(MAX_COUNT, Math.max(1, Math.floor(count))).toString(36)

function readCount(code: string): number {
  if (!/^[0-9a-z]{1,3}$/.test(code)) throw new Error('bad count')
  const count = Number.parseInt(code, 36)
  if (count < 1) throw new Error('bad count')
  return count
}

function encodeVisits(slides: readonly number[] | undefined): string {
  const bits: number[] = []
  for (const slide of slides ?? []) {
    if (!Number.isInteger(slide) || slide < 0 || slide >= 6000) continue
    const char = Math.floor(slide / 6)
    while (bits.length <= char) bits.push(0)
    bits[char]! |= 1 << (slide % 6)
  }
  return bits.map((value) => BASE64URL[value]).join('')
}

function decodeVisits(code: string): number[] {
  const slides: number[] = []
  ;[...code].forEach((char, index) => {
    const value = BASE64URL.indexOf(char)
    if (value < 0) throw new Error('bad visits')
    for (let bit = 0; bit < 6; bit += 1) if (value & (1 << bit)) slides.push(index * 6 + bit)
  })
  return slides
}

const trimTrailingEmpty = (entries: string[]) => {
  while (entries.length > 0 && entries[entries.length - 1] === '') entries.pop()
  return entries.join(',')
}

const grade36 = (grade: number | undefined) => Math.round(Math.min(10, Math.max(0, grade ?? 0)) * 10).toString(36)

function encodeSeed(seed: string): string {
  const escaped = escapeAscii(seed)
  return escaped.length <= MAX_SEED_LENGTH ? escaped : escapeAscii(`#${hashString(seed).toString(36)}`)
}

interface ShortPlan {
  correct: boolean
  dropped: Set<string>
  visits: boolean
}

function encodeWith(data: ProgressData, shape: CourseShape, plan: ShortPlan): string {
  const visits = plan.visits ? trimTrailingEmpty(shape.lessonIds.map((id) => encodeVisits(data.visits[id]))) : ''
  const answers = trimTrailingEmpty(shape.embedded.map((spec) => {
    const answer = data.answers[spec.id]
    if (!answer) return ''
    let short: ShortForm | undefined
    if (spec.type === 'short' && typeof answer.response === 'string') {
      const accepted = plan.correct ? acceptedIndex(spec, answer.response) : -1
      short = accepted >= 0
        ? { kind: 'correct', accepted }
        : plan.dropped.has(spec.id) ? { kind: 'dropped' } : { kind: 'text', text: answer.response }
    }
    const response = encodeResponse(spec, answer.response, short)
    return response === undefined ? '' : `${count36(answer.checks)}${answer.solutionShownAt !== undefined ? '!' : '-'}${response}`
  }))
  const assessments = trimTrailingEmpty(shape.assessmentIds.map((id) => {
    const result = assessmentResult(data.assessments[id], id, shape.assessmentSpecs.get(id) ?? [])
    return result.attempts === 0 ? '' : `${count36(result.attempts)}:${grade36(result.best)}:${grade36(result.last)}`
  }))
  return [CODEC_VERSION, shape.hash, encodeSeed(data.seed), visits, answers, assessments].join('.')
}

/** Which accepted text of the answer key the text is, as the grader compares them; -1 for a wrong answer. */
function acceptedIndex(spec: QuestionSpec & { type: 'short' }, text: string): number {
  const given = normalizeShortAnswer(text, spec.ignoreCase)
  return spec.accept.findIndex((accepted) => normalizeShortAnswer(accepted, spec.ignoreCase) === given)
}

/**
 * Encodes progress within `budget` characters if it can, giving up what
 * DegradeLevel lists, in that order, only as far as needed. Deterministic:
 * the same progress always gives the same string.
 */
export function encodeSuspendData(data: ProgressData, shape: CourseShape, budget = SUSPEND_DATA_BUDGET): EncodedSuspendData {
  const plan: ShortPlan = { correct: false, dropped: new Set(), visits: true }
  let text = encodeWith(data, shape, plan)
  if (text.length <= budget) return { text, level: 0 }
  plan.correct = true
  text = encodeWith(data, shape, plan)
  if (text.length <= budget) return { text, level: 1 }
  const texts = shape.embedded
    .flatMap((spec, index) => {
      const response = data.answers[spec.id]?.response
      return spec.type === 'short' && typeof response === 'string' && acceptedIndex(spec, response) < 0
        ? [{ id: spec.id, length: escapeAscii(response).length, index }]
        : []
    })
    .sort((a, b) => b.length - a.length || a.index - b.index)
  for (const { id } of texts) {
    plan.dropped.add(id)
    text = encodeWith(data, shape, plan)
    if (text.length <= budget) return { text, level: 2 }
  }
  plan.visits = false
  return { text: encodeWith(data, shape, plan), level: 3 }
}

export type SuspendDataReading =
  /** Nothing saved yet: a first attempt. */
  | { kind: 'empty' }
  /** Every part read; entries that could not be read are in data.setAside. */
  | { kind: 'restored'; data: ProgressData; setAsideCount: number }
  /** Not read (another course version, another program, damaged): kept whole in data.setAside. */
  | { kind: 'set-aside'; data: ProgressData; reason: 'content-changed' | 'unreadable' }

const REASONS = {
  'content-changed': 'el curso ha cambiado desde que Moodle guardó este progreso: las respuestas no se pueden asignar a sus preguntas',
  unreadable: 'el progreso guardado en Moodle no tiene el formato del curso',
} as const

/**
 * Reads a suspend_data string back into progress. Total: any string (garbage,
 * another program's data, a string cut short) gives a reading, never throws.
 * `now` stamps what the string does not carry (answer and submission times).
 */
export function decodeSuspendData(text: string, shape: CourseShape, now: number): SuspendDataReading {
  if (text === '') return { kind: 'empty' }
  const parts = text.split('.')
  const setAsideWhole = (reason: keyof typeof REASONS, seed = ''): SuspendDataReading => {
    const data = emptyProgress()
    data.seed = seed
    data.setAside.push({ at: now, where: 'cmi.suspend_data', reason: REASONS[reason], value: text })
    return { kind: 'set-aside', data, reason }
  }
  if (parts.length !== 6 || parts[0] !== CODEC_VERSION) return setAsideWhole('unreadable')
  const [, hash, seedCode, visitsCode, answersCode, assessmentsCode] = parts as [string, string, string, string, string, string]
  let seed: string
  try {
    seed = unescapeAscii(seedCode)
  } catch {
    return setAsideWhole('unreadable')
  }
  if (hash !== shape.hash) return setAsideWhole('content-changed', seed)

  const data = emptyProgress()
  data.seed = seed
  const putAside = (where: string, value: string) => data.setAside.push({ at: now, where: `cmi.suspend_data ${where}`, reason: 'dato guardado en Moodle que no se pudo leer', value })
  /** Reads each non-empty entry of a section with the item at its position; an entry that fails is set aside alone. */
  const readSection = <T>(section: string, code: string, items: readonly T[], read: (entry: string, item: T) => void) => {
    if (code === '') return
    code.split(',').forEach((entry, index) => {
      if (entry === '') return
      try {
        if (index >= items.length) throw new Error('no such item')
        read(entry, items[index]!)
      } catch {
        putAside(`${section}[${index}]`, entry)
      }
    })
  }

  readSection('visits', visitsCode, shape.lessonIds, (entry, lesson) => {
    data.visits[lesson] = decodeVisits(entry)
  })
  readSection('answers', answersCode, shape.embedded, (entry, spec) => {
    const match = /^([0-9a-z]{1,3})([-!])(.*)$/s.exec(entry)
    if (!match) throw new Error('bad answer')
    const record: AnswerRecord = { response: decodeResponse(spec, match[3]!), checks: readCount(match[1]!), firstCheckedAt: now, lastCheckedAt: now }
    if (match[2] === '!') record.solutionShownAt = now
    data.answers[spec.id] = record
  })
  readSection('assessments', assessmentsCode, shape.assessmentIds, (entry, id) => {
    const match = /^([0-9a-z]{1,3}):([0-9a-z]{1,2}):([0-9a-z]{1,2})$/.exec(entry)
    if (!match) throw new Error('bad assessment')
    const attempts = readCount(match[1]!)
    const [best, last] = [match[2]!, match[3]!].map((grade) => Number.parseInt(grade, 36)) as [number, number]
    if (best > 100 || last > best || (attempts === 1 && last !== best)) throw new Error('bad grades')
    data.assessments[id] = restoredAssessment(attempts, best / 10, last / 10, now)
  })
  return { kind: 'restored', data, setAsideCount: data.setAside.length }
}

/** Submissions whose responses were not kept, with the same attempts, best and last grade. */
function restoredAssessment(attempts: number, best: number, last: number, at: number): AssessmentRecord {
  const submissions = Array.from({ length: attempts }, (_, index) => ({ at, responses: {}, grade: index === attempts - 1 ? last : best }))
  return { draft: {}, submissions }
}
