import type { Lang } from '../i18n/lang.ts'
import { buildRegistry, type LessonEntry, type LessonSources } from './registry-core.ts'

/*
 * One eager glob per named export. The ?meta query makes `es.mdx?meta` a
 * module of its own, of which the bundle keeps only the imported export: if
 * the eager globs imported `es.mdx` itself, the same module would be imported
 * both statically and dynamically (by `bodies`), the bundler could not split
 * it out (Rolldown warns INEFFECTIVE_DYNAMIC_IMPORT) and every lesson body
 * would ship in the entry chunk instead of its own lazy chunk.
 * The Spanish metadata ships in the entry chunk (the course is Spanish first,
 * and every lesson has a Spanish file); English pages fetch the English
 * metadata with loadLessons('en') before they render.
 */
const bodies = import.meta.glob('@lessons/*/*.mdx')
const spanish: Omit<LessonSources, 'bodies'> = {
  frontmatter: import.meta.glob('@lessons/*/es.mdx', { eager: true, query: '?meta', import: 'frontmatter' }),
  slideSteps: import.meta.glob('@lessons/*/es.mdx', { eager: true, query: '?meta', import: 'slideSteps' }),
  questions: import.meta.glob('@lessons/*/es.mdx', { eager: true, query: '?meta', import: 'questions' }),
}
const OTHER_LANGUAGES: Record<Exclude<Lang, 'es'>, () => Promise<Omit<LessonSources, 'bodies'>>> = {
  en: () => import('./registry-en.ts').then((module) => module.ENGLISH_LESSONS),
}

/** Every lesson file loaded so far (Spanish from the start), sorted by order. */
export const LESSONS: LessonEntry[] = buildRegistry({ ...spanish, bodies })

const loaded = new Map<Lang, Promise<void>>([['es', Promise.resolve()]])

/** Adds a language's lessons to LESSONS (once). */
export function loadLessons(lang: Lang): Promise<void> {
  let loading = loaded.get(lang)
  if (!loading) {
    loading = OTHER_LANGUAGES[lang as Exclude<Lang, 'es'>]().then((sources) => {
      const merged = buildRegistry({
        frontmatter: { ...spanish.frontmatter, ...sources.frontmatter },
        slideSteps: { ...spanish.slideSteps, ...sources.slideSteps },
        questions: { ...spanish.questions, ...sources.questions },
        bodies,
      })
      LESSONS.splice(0, LESSONS.length, ...merged)
    })
    loaded.set(lang, loading)
  }
  return loading
}
