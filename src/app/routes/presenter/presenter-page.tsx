import { useEffect, useMemo, useRef, useState } from 'react'
import { createClassroomStore } from '../../../deck/classroom-state.ts'
import type { CommandContext, DeckDialog } from '../../../deck/commands.ts'
import { createDeckController } from '../../../deck/deck-controller.ts'
import { formatPositionHash } from '../../../deck/position-hash.ts'
import { deckProgress, lastPosition, nextPosition, samePosition, slidePosition } from '../../../deck/position.ts'
import { ClassroomContext } from '../../../deck-react/classroom-context.ts'
import { type DeckView, DeckViewContext, useDeckPosition } from '../../../deck-react/deck-context.tsx'
import { toggleFullscreen } from '../../../deck-react/fullscreen.ts'
import { useDeckCommands } from '../../../deck-react/use-deck-commands.ts'
import { useDeckSync } from '../../../deck-react/use-deck-sync.ts'
import { useHashSync } from '../../../deck-react/use-hash-sync.ts'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import { LessonProvider } from '../../../lesson-components/lesson-provider.tsx'
import { MDX_COMPONENTS } from '../../../lesson-components/mdx-components.tsx'
import type { LessonEntry } from '../../../lessons/registry-core.ts'
import { type LessonModule, questionsOnSlide } from '../../../lessons/lesson-module.ts'
import { IdScopeContext } from '../../../quiz-react/quiz-context.ts'
import { routeHref } from '../../../routing/routes.ts'
import { CommandButton, controlFor } from '../../../ui/command-button.tsx'
import { HelpDialog } from '../../../ui/help-dialog.tsx'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { useRoute } from '../../../routing-react/route-context.ts'
import { GotoDialog } from '../deck-dialogs/goto-dialog.tsx'
import { PresenterClock } from './presenter-clock.tsx'
import { PresenterQuestions } from './presenter-questions.tsx'
// Only the presenter console needs these rules, so they ship with this page, not in every page's stylesheet.
import PRESENTER_CSS from '../../../styles/presenter.css?inline'

/**
 * The teacher's console: current slide, a large preview of what comes next,
 * notes, timer and pacing, and answer reveal. It drives the audience windows
 * and follows them (BroadcastChannel), from the static build, offline.
 */
export function PresenterPage({ lesson, module }: { lesson: LessonEntry; module: LessonModule }) {
  const t = useStrings()
  const route = useRoute()
  const shape = module.slideSteps
  const controller = useMemo(() => createDeckController(shape), [shape])
  const preview = useMemo(() => createDeckController(shape, nextPosition({ slide: 0, step: 0 }, shape)), [shape])
  const classroom = useMemo(() => createClassroomStore({ presented: true }), [])
  const position = useDeckPosition(controller)
  const ready = useHydrated()
  const [notesSize, setNotesSize] = useState(1.25)
  const helpRef = useRef<HTMLDialogElement>(null)
  const gotoRef = useRef<HTMLDialogElement>(null)
  const Content = module.default
  const audienceRoute = { page: 'present', lang: route.lang, lessonId: lesson.meta.id } as const

  useHashSync(controller)
  useDeckSync(lesson.meta.id, 'presenter', controller, classroom)
  useEffect(() => {
    const follow = () => preview.go(nextPosition(controller.getPosition(), shape))
    follow()
    return controller.subscribe(follow)
  }, [controller, preview, shape])

  // The console has no overview, QR code or full screen (the table says so); only these dialogs open here.
  const dialogs: Partial<Record<DeckDialog, () => void>> = {
    help: () => helpRef.current?.showModal(),
    goto: () => gotoRef.current?.showModal(),
  }
  const context: CommandContext = {
    controller,
    classroom,
    questionsOn: (slide) => questionsOnSlide(module, slide).map((question) => question.id),
    openDialog: (dialog) => dialogs[dialog]?.(),
    openOtherView: () => void window.open(routeHref(audienceRoute, route, formatPositionHash(controller.getPosition())), `aulavirt-audience-${lesson.meta.id}`),
    toggleFullscreen,
  }
  const commands = useDeckCommands('console', context)
  const button = (id: 'previous' | 'next' | 'black' | 'presenter' | 'help', className = 'button button-secondary') => (
    <CommandButton control={controlFor(commands, id)} className={className} />
  )

  // Built once: moving re-renders only the slides whose visibility changed, in each view.
  const views = useMemo(() => {
    const render = (view: DeckView, scope = '') => (
      <IdScopeContext.Provider value={scope}>
        <DeckViewContext.Provider value={view}>
          <Content components={MDX_COMPONENTS} />
        </DeckViewContext.Provider>
      </IdScopeContext.Provider>
    )
    const slideCount = module.slideCount
    return {
      current: render({ mode: 'present', controller, slideCount }, 'actual-'),
      next: render({ mode: 'present', controller: preview, slideCount }, 'siguiente-'),
      notes: render({ mode: 'notes', controller, slideCount }),
    }
  }, [Content, controller, preview, module.slideCount])

  const screenNotice = controlFor(commands, 'black').pressed ? t.presenter.screenBlack
    : controlFor(commands, 'white').pressed ? t.presenter.screenWhite : ''
  const next = nextPosition(position, shape)
  const atEnd = samePosition(position, lastPosition(shape))
  const progress = deckProgress(position, shape)
  const title = module.slideTitles[position.slide] ?? ''

  return (
    <ClassroomContext.Provider value={classroom}>
      <LessonProvider lessonId={lesson.meta.id} module={module}>
        <style href="aulavirt-presenter" precedence="aulavirt">{PRESENTER_CSS}</style>
        <main id="contenido" className="presenter-page" data-current-slide={position.slide} data-current-step={position.step} data-ready={ready || undefined}>
          <header className="presenter-header">
            <h1>{t.presenter.title}: {lesson.meta.title}</h1>
            <PresenterClock progress={progress} plannedMinutes={lesson.meta.minutes} />
            <nav className="presenter-nav" aria-label={t.deckControls}>
              {button('previous')}
              <span className="presenter-counter" role="status">
                {t.slideOf(position.slide + 1, module.slideCount)}{position.step > 0 ? ` · ${t.stepAnnouncement(position.step, shape[position.slide] ?? 0)}` : ''}
              </span>
              {button('next', 'button')}
              {button('black')}
              {button('presenter')}
              {button('help')}
            </nav>
          </header>
          <section className="presenter-current" aria-label={`${t.presenter.current}: ${title}`}>
            <div className="canvas" lang={route.lang}>
              {views.current}
            </div>
            <p className="presenter-screen-notice" role="status">{screenNotice}</p>
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title">
              {atEnd ? t.presenter.end : next.slide === position.slide ? t.presenter.nextStep(next.step) : `${t.presenter.next}: ${module.slideTitles[next.slide] ?? ''}`}
            </h2>
            <div className="canvas" aria-hidden="true" inert>
              {!atEnd && views.next}
            </div>
          </section>
          <section className="presenter-notes">
            <PresenterQuestions questions={questionsOnSlide(module, position.slide)} classroom={classroom} />
            <div className="presenter-notes-header">
              <h2 id="presenter-notes-title">{t.presenter.notes}</h2>
              <button type="button" className="icon-button" aria-label={t.presenter.smallerNotes} onClick={() => setNotesSize((size) => Math.max(0.9, size - 0.15))}>A−</button>
              <button type="button" className="icon-button" aria-label={t.presenter.largerNotes} onClick={() => setNotesSize((size) => Math.min(2.5, size + 0.15))}>A+</button>
            </div>
            <div className="presenter-notes-text" style={{ fontSize: `${notesSize}rem` }} tabIndex={0} role="region" aria-labelledby="presenter-notes-title">
              {views.notes}
            </div>
          </section>
          <HelpDialog ref={helpRef} controls={commands} />
          <GotoDialog ref={gotoRef} slideCount={module.slideCount} onGo={(slide) => controller.go(slidePosition(slide, shape))} />
        </main>
      </LessonProvider>
    </ClassroomContext.Provider>
  )
}
