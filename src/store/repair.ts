import { isRecord } from '../lib/is-record.ts'
import { isResponseFor } from '../quiz/grading.ts'
import type { QuestionSpec } from '../quiz/model.ts'
import {
  type AnswerRecord,
  type AssessmentRecord,
  type AssessmentSubmission,
  type ProgressData,
  type SetAsideEntry,
  emptyProgress,
} from './progress-types.ts'

/** What the course knows, to tell a valid saved entry from a foreign or stale one. */
export interface Catalog {
  questions: ReadonlyMap<string, QuestionSpec>
  assessments: ReadonlySet<string>
  lessons: ReadonlySet<string>
}

export interface RepairResult {
  data: ProgressData
  /** Entries moved to setAside during this repair. */
  setAsideCount: number
}

const KNOWN_KEYS = new Set(Object.keys(emptyProgress()))
const OTHER_KEY_REASONS: Record<string, string> = {
  unreadableText: 'el progreso guardado estaba dañado (no era JSON válido)',
  foreignData: 'los datos guardados no tienen el formato del curso',
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0

function readAnswer(spec: QuestionSpec, value: unknown): AnswerRecord | string {
  if (!isRecord(value)) return 'no es un registro de respuesta'
  if (!isResponseFor(spec, value.response)) return 'la respuesta no corresponde al tipo de pregunta'
  if (!Number.isInteger(value.checks) || (value.checks as number) < 1) return 'número de intentos no válido'
  if (!isTime(value.firstCheckedAt) || !isTime(value.lastCheckedAt)) return 'fechas no válidas'
  const record: AnswerRecord = {
    response: value.response,
    checks: value.checks as number,
    firstCheckedAt: value.firstCheckedAt,
    lastCheckedAt: value.lastCheckedAt,
  }
  if (value.solutionShownAt !== undefined) {
    // Dropping it would turn a shown solution into earned points.
    if (!isTime(value.solutionShownAt)) return 'fecha de «ver solución» no válida'
    record.solutionShownAt = value.solutionShownAt
  }
  return record
}

/**
 * Turns anything found in storage into valid progress. Every valid entry is
 * kept; everything else (wrong types, unknown question ids, a different
 * app's data) is moved to `setAside` with the reason, so nothing the student
 * did is silently lost. Pure and total: it never throws.
 */
export function repairProgress(value: unknown, catalog: Catalog, now = Date.now()): RepairResult {
  const data = emptyProgress()
  const setAside: SetAsideEntry[] = []
  const putAside = (where: string, reason: string, item: unknown) => setAside.push({ at: now, where, reason, value: item })
  if (!isRecord(value)) {
    if (value !== undefined && value !== null) putAside('progreso', 'los datos guardados no tienen el formato del curso', value)
    data.setAside.push(...setAside)
    return { data, setAsideCount: setAside.length }
  }
  if (typeof value.seed === 'string' && value.seed.length <= 100) data.seed = value.seed
  else if (value.seed !== undefined) putAside('seed', 'semilla de barajado no válida', value.seed)
  if (Array.isArray(value.setAside)) {
    for (const entry of value.setAside) {
      if (isRecord(entry) && typeof entry.where === 'string') data.setAside.push(entry as unknown as SetAsideEntry)
      else putAside('setAside', 'entrada apartada con formato no válido', entry)
    }
  } else if (value.setAside !== undefined) putAside('setAside', 'la lista de datos apartados no es una lista', value.setAside)

  const answers = isRecord(value.answers) ? value.answers : {}
  if (value.answers !== undefined && !isRecord(value.answers)) putAside('answers', 'no es una lista de respuestas', value.answers)
  for (const [id, answer] of Object.entries(answers)) {
    const spec = catalog.questions.get(id)
    if (!spec) {
      putAside(`answers.${id}`, 'pregunta desconocida en este curso', answer)
      continue
    }
    const record = readAnswer(spec, answer)
    if (typeof record === 'string') putAside(`answers.${id}`, record, answer)
    else data.answers[id] = record
  }

  const assessments = isRecord(value.assessments) ? value.assessments : {}
  for (const [id, assessment] of Object.entries(assessments)) {
    if (!catalog.assessments.has(id) || !isRecord(assessment)) {
      putAside(`assessments.${id}`, catalog.assessments.has(id) ? 'autoevaluación con formato no válido' : 'autoevaluación desconocida', assessment)
      continue
    }
    const record: AssessmentRecord = { draft: {}, submissions: [] }
    if (assessment.draft !== undefined && !isRecord(assessment.draft)) putAside(`assessments.${id}.draft`, 'borrador con formato no válido', assessment.draft)
    if (assessment.submissions !== undefined && !Array.isArray(assessment.submissions)) {
      putAside(`assessments.${id}.submissions`, 'entregas con formato no válido', assessment.submissions)
    }
    for (const [questionId, response] of Object.entries(isRecord(assessment.draft) ? assessment.draft : {})) {
      const spec = catalog.questions.get(questionId)
      if (spec && isResponseFor(spec, response)) record.draft[questionId] = response
      else putAside(`assessments.${id}.draft.${questionId}`, 'respuesta no válida', response)
    }
    for (const submission of Array.isArray(assessment.submissions) ? assessment.submissions : []) {
      if (!isRecord(submission) || !isTime(submission.at) || !isRecord(submission.responses)) {
        putAside(`assessments.${id}.submissions`, 'entrega con formato no válido', submission)
        continue
      }
      const responses: AssessmentSubmission['responses'] = {}
      for (const [questionId, response] of Object.entries(submission.responses)) {
        const spec = catalog.questions.get(questionId)
        if (spec && isResponseFor(spec, response)) responses[questionId] = response
        else putAside(`assessments.${id}.submissions.${questionId}`, 'respuesta no válida', response)
      }
      const grade = submission.grade
      if (grade !== undefined && !(typeof grade === 'number' && grade >= 0 && grade <= 10)) {
        putAside(`assessments.${id}.submissions`, 'nota de entrega no válida', submission)
        continue
      }
      record.submissions.push({ at: submission.at, responses, ...(grade !== undefined ? { grade } : {}) })
    }
    data.assessments[id] = record
  }

  const visits = isRecord(value.visits) ? value.visits : {}
  for (const [lesson, slides] of Object.entries(visits)) {
    const valid = Array.isArray(slides) && slides.every((slide) => Number.isInteger(slide) && slide >= 0 && slide < 1000)
    if (!catalog.lessons.has(lesson) || !valid) {
      putAside(`visits.${lesson}`, catalog.lessons.has(lesson) ? 'lista de diapositivas no válida' : 'lección desconocida', slides)
      continue
    }
    data.visits[lesson] = [...new Set(slides as number[])].sort((a, b) => a - b)
  }

  for (const [key, item] of Object.entries(value)) {
    if (KNOWN_KEYS.has(key)) continue
    putAside(key, OTHER_KEY_REASONS[key] ?? 'dato desconocido', item)
  }

  data.setAside.push(...setAside)
  return { data, setAsideCount: setAside.length }
}
