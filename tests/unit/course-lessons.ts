import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { DeckViewContext } from '../../src/deck-react/deck-context.tsx'
import { loadStrings } from '../../src/i18n/dictionaries.ts'
import { LangContext } from '../../src/i18n-react/lang-context.ts'
import { LessonProvider } from '../../src/lesson-components/lesson-provider.tsx'
import { MDX_COMPONENTS } from '../../src/lesson-components/mdx-components.tsx'
import { ShowNotesContext } from '../../src/lesson-components/notes.tsx'
import type { LessonModule } from '../../src/lessons/lesson-module.ts'
import type { ProgressStore } from '../../src/store/progress-store.ts'
import { createTestProgressStore } from '../../src/store/testing/test-progress-store.ts'
import { ProgressProvider } from '../../src/store-react/progress-context.tsx'

export type Lang = 'es' | 'en'

export interface CourseLesson {
  /** The lesson's folder, e.g. `04-libvirt`. */
  folder: string
  lang: Lang
  module: LessonModule
}

/** Every lesson of the course in both languages, compiled by the same pipeline as the app. */
const LESSON_FILES = import.meta.glob<LessonModule>('/content/lessons/*/*.mdx', { eager: true })

export const COURSE_LESSONS: CourseLesson[] = Object.entries(LESSON_FILES).map(([path, module]) => ({
  folder: path.split('/').at(-2)!,
  lang: path.split('/').at(-1)!.replace('.mdx', '') as Lang,
  module,
}))

export function lessonFile(folder: string, lang: Lang): CourseLesson {
  const lesson = COURSE_LESSONS.find((candidate) => candidate.folder === folder && candidate.lang === lang)
  if (!lesson) throw new Error(`no lesson content/lessons/${folder}/${lang}.mdx`)
  return lesson
}

// English interface strings are fetched before an English page renders; a slide rendered
// without them falls back to an empty Suspense boundary instead of its questions.
await loadStrings('en')

/** The lesson's reading page as the app renders it, with speaker notes or without, on a progress store of its own unless given one. */
export function lessonTree(module: LessonModule, lang: Lang, options: { notes?: boolean; progress?: ProgressStore } = {}) {
  const progress = options.progress ?? createTestProgressStore([{ meta: { id: module.frontmatter.id }, questions: module.questions }])
  return createElement(ProgressProvider, { store: progress },
    createElement(LangContext.Provider, { value: lang },
      createElement(ShowNotesContext.Provider, { value: options.notes ?? false },
        createElement(DeckViewContext.Provider, { value: { mode: 'read', slideCount: module.slideCount } },
          createElement(LessonProvider, { lessonId: module.frontmatter.id, module },
            createElement(module.default, { components: MDX_COMPONENTS }))))))
}

/** The lesson as the presenter console would render it: every slide, every step, with notes. */
export function renderWithNotes(module: LessonModule, lang: Lang): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(lessonTree(module, lang, { notes: true })), 'text/html')
}

/** What a slide shows to the class (steps included), without the speaker notes. */
export function visibleText(slide: Element): string {
  const copy = slide.cloneNode(true) as Element
  copy.querySelectorAll('.speaker-notes').forEach((notes) => notes.remove())
  return normalizeSpaces(copy.textContent ?? '')
}

/** The slide's speaker notes. */
export function notesText(slide: Element): string {
  return normalizeSpaces(slide.querySelector('.speaker-notes')?.textContent ?? '')
}

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
