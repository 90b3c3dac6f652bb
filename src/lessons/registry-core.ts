import type { Lang } from '../i18n/lang.ts'
import type { QuestionSpec } from '../quiz/model.ts'
import { findMetaProblems, type LessonMeta } from './lesson-meta.ts'
import type { LessonModule } from './lesson-module.ts'

/** Everything known about a lesson without loading its body. */
export interface LessonEntry {
  meta: LessonMeta
  lang: Lang
  /** Folder name under content/lessons, e.g. 01-introduccion. */
  folder: string
  slideSteps: number[]
  questions: QuestionSpec[]
  load: () => Promise<LessonModule>
}

export interface LessonSources {
  frontmatter: Record<string, unknown>
  slideSteps: Record<string, unknown>
  questions: Record<string, unknown>
  bodies: Record<string, () => Promise<unknown>>
}

const FILE_PATTERN = /\/([^/]+)\/(es|en)\.mdx$/

/**
 * Builds the course's lesson list from the build's glob imports, checking
 * what the build cannot: lesson ids unique across folders, the same id in
 * every language of a folder, and a Spanish file in every folder (the course
 * is Spanish first: saved progress is checked against the Spanish lessons).
 * Sorted by `order`.
 */
export function buildRegistry(sources: LessonSources): LessonEntry[] {
  const entries: LessonEntry[] = []
  for (const [path, frontmatter] of Object.entries(sources.frontmatter)) {
    const match = FILE_PATTERN.exec(path)
    if (!match) throw new Error(`${path}: una lección debe llamarse <carpeta>/es.mdx o en.mdx`)
    const problems = findMetaProblems(frontmatter)
    if (problems.length > 0) throw new Error(`${path}: ${problems.map((problem) => problem.reason).join('; ')}`)
    const load = sources.bodies[path]
    if (!load) throw new Error(`${path}: falta el cuerpo de la lección`)
    entries.push({
      meta: frontmatter as LessonMeta,
      lang: match[2] as Lang,
      folder: match[1]!,
      slideSteps: (sources.slideSteps[path] as number[] | undefined) ?? [],
      questions: (sources.questions[path] as QuestionSpec[] | undefined) ?? [],
      load: load as () => Promise<LessonModule>,
    })
  }
  const folderOfId = new Map<string, string>()
  for (const entry of entries) {
    const folder = folderOfId.get(entry.meta.id)
    if (folder && folder !== entry.folder) {
      throw new Error(`El id de lección «${entry.meta.id}» se usa en ${folder} y en ${entry.folder}`)
    }
    folderOfId.set(entry.meta.id, entry.folder)
  }
  const idOfFolder = new Map<string, string>()
  for (const entry of entries) {
    const id = idOfFolder.get(entry.folder)
    if (id && id !== entry.meta.id) throw new Error(`${entry.folder}: los idiomas usan ids distintos («${id}» y «${entry.meta.id}»)`)
    idOfFolder.set(entry.folder, entry.meta.id)
  }
  for (const folder of idOfFolder.keys()) {
    if (!entries.some((entry) => entry.folder === folder && entry.lang === 'es')) throw new Error(`${folder}: falta la versión en español (es.mdx); el curso se escribe primero en español`)
  }
  return entries.sort((a, b) => compareCourseOrder({ order: a.meta.order, folder: a.folder }, { order: b.meta.order, folder: b.folder }) || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0))
}

/** The course's lesson order: by `order`, then by folder name. */
export function compareCourseOrder(a: { order: number; folder: string }, b: { order: number; folder: string }): number {
  // Plain comparison: folder names are ASCII, and localeCompare's first call costs tens of ms in Chromium.
  return a.order - b.order || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)
}

/** The lessons of one language; a lesson not yet translated falls back to Spanish. */
export function lessonsFor(entries: readonly LessonEntry[], lang: Lang): LessonEntry[] {
  const byFolder = new Map<string, LessonEntry>()
  for (const entry of entries) {
    const current = byFolder.get(entry.folder)
    if (!current || (entry.lang === lang && current.lang !== lang)) byFolder.set(entry.folder, entry)
  }
  return [...byFolder.values()].sort((a, b) => a.meta.order - b.meta.order)
}

export function findLesson(entries: readonly LessonEntry[], id: string, lang: Lang): LessonEntry | undefined {
  return lessonsFor(entries, lang).find((entry) => entry.meta.id === id)
}
