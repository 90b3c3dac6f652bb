import { useMemo } from 'react'
import { DeckViewContext } from '../../deck-react/deck-context.tsx'
import { useStrings } from '../../i18n-react/use-strings.ts'
import { LessonProvider } from '../../lesson-components/lesson-provider.tsx'
import { MDX_COMPONENTS } from '../../lesson-components/mdx-components.tsx'
import type { LessonEntry } from '../../lessons/registry-core.ts'
import type { LessonModule } from '../../lessons/lesson-module.ts'
import { useProgressStore } from '../../store-react/progress-context.tsx'
import { RouteLink } from '../../ui/route-link.tsx'
import { SiteHeader } from '../../ui/site-header.tsx'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { useRoute } from '../../routing-react/route-context.ts'
import { useSlideInView } from './use-slide-in-view.ts'

/** The whole lesson as one scrolling document: every slide, every step, quizzes inline. */
export function ReadingPage({ lesson, module }: { lesson: LessonEntry; module: LessonModule }) {
  const t = useStrings()
  const { lang } = useRoute()
  const { id, title, minutes } = lesson.meta
  const Content = module.default
  const progress = useProgressStore()
  const slideInView = useSlideInView((slide) => progress.getState().markVisited(id, slide))
  const ready = useHydrated()
  // The same element every render: becoming ready or scrolling to another slide re-renders the header, not the lesson.
  const content = useMemo(() => (
    <DeckViewContext.Provider value={{ mode: 'read', slideCount: module.slideCount }}>
      <LessonProvider lessonId={id} module={module}>
        <Content components={MDX_COMPONENTS} />
      </LessonProvider>
    </DeckViewContext.Provider>
  ), [id, module, Content])
  return (
    <>
      <SiteHeader languageHash={slideInView > 0 ? `#${slideInView + 1}` : ''}>
        <RouteLink
          className="button button-secondary"
          to={{ page: 'present', lang, lessonId: id }}
          hash={slideInView > 0 ? `#${slideInView + 1}` : ''}
          aria-label={t.presentLesson(title)}
        >
          {t.present}
        </RouteLink>
        <RouteLink className="button button-secondary" to={{ page: 'print', lang, lessonId: id }} aria-label={t.print.linkLabel(title)}>
          {t.print.link}
        </RouteLink>
      </SiteHeader>
      <main id="contenido" className="page reading-page" tabIndex={-1} data-ready={ready || undefined}>
        <p className="lesson-facts">
          {t.lessonNumber(lesson.meta.order)} · {t.minutes(minutes)} · {t.slidesCount(module.slideCount)}
        </p>
        <article className="reading-article" aria-label={t.readingPageOf(title)}>{content}</article>
      </main>
    </>
  )
}
