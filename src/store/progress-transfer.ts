import type { CsvHeaders } from '../i18n/strings.ts'
import { isRecord } from '../lib/is-record.ts'
import { migrateProgress } from './migrations.ts'
import { type ProgressData, PROGRESS_VERSION } from './progress-types.ts'
import { type Catalog, repairProgress } from './repair.ts'
import type { LessonProgress } from './lesson-progress.ts'

/** What an exported progress file looks like (and what an import must look like). */
export interface ProgressExport {
  app: 'aulavirt'
  kind: 'progress'
  version: number
  exportedAt: string
  progress: ProgressData
}

/** Files bigger than this are not progress exports (a whole course's answers take a few kB). */
export const MAX_IMPORT_BYTES = 2_000_000

export function exportProgressJson(data: ProgressData, now: number): string {
  const file: ProgressExport = { app: 'aulavirt', kind: 'progress', version: PROGRESS_VERSION, exportedAt: new Date(now).toISOString(), progress: data }
  return JSON.stringify(file, null, 2)
}

/** Why an import was refused; the interface words it in the student's language. */
export type ImportProblem =
  | { kind: 'too-big' | 'not-json' | 'not-an-export' | 'bad-version' | 'newer-version' }
  | { kind: 'foreign-data'; count: number; example: string }

export type ImportResult = { ok: true; data: ProgressData } | { ok: false; problem: ImportProblem }

/**
 * Validates an exported file before anything changes. Everything in it must
 * belong to this course; a file that needed repairs is rejected whole, with
 * the reason, so an import never half-applies.
 */
export function parseProgressImport(text: string, catalog: Catalog): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: { kind: 'too-big' } }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, problem: { kind: 'not-json' } }
  }
  if (!isRecord(parsed) || parsed.app !== 'aulavirt' || parsed.kind !== 'progress' || !isRecord(parsed.progress)) {
    return { ok: false, problem: { kind: 'not-an-export' } }
  }
  if (typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 1) {
    return { ok: false, problem: { kind: 'bad-version' } }
  }
  if (parsed.version > PROGRESS_VERSION) {
    return { ok: false, problem: { kind: 'newer-version' } }
  }
  const migrated = migrateProgress(parsed.progress, parsed.version)
  const { data, setAsideCount } = repairProgress(migrated, catalog)
  if (setAsideCount > 0) {
    const first = data.setAside[data.setAside.length - setAsideCount]!
    return { ok: false, problem: { kind: 'foreign-data', count: setAsideCount, example: first.where } }
  }
  return { ok: true, data }
}

/**
 * A CSV a teacher opens in a spreadsheet: one row per lesson, with a BOM.
 * Spanish spreadsheets (LibreOffice, Excel) expect semicolons and decimal
 * commas; English ones, commas and decimal points.
 */
export function exportProgressCsv(lessons: readonly LessonProgress[], headers: CsvHeaders, style: 'decimal-comma' | 'decimal-point' = 'decimal-comma'): string {
  const separator = style === 'decimal-comma' ? ';' : ','
  const decimal = (value: number) => (style === 'decimal-comma' ? value.toFixed(1).replace('.', ',') : value.toFixed(1))
  const cell = (value: string | number) => {
    const text = String(value)
    return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const rows = lessons.map((lesson) => [
    lesson.order,
    lesson.title,
    lesson.visited,
    lesson.slides,
    lesson.quiz.answered,
    lesson.quiz.total,
    lesson.quiz.total ? decimal((lesson.quiz.earned / lesson.quiz.total) * 100) : '',
    lesson.assessment.best !== undefined ? decimal(lesson.assessment.best) : '',
    lesson.assessment.last !== undefined ? decimal(lesson.assessment.last) : '',
    lesson.assessment.attempts,
  ])
  return `\uFEFF${[headers, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`
}
