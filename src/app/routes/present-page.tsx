import { useMemo, useRef, useState } from 'react'
import { createClassroomStore } from '../../deck/classroom-state.ts'
import type { CommandContext, DeckDialog } from '../../deck/commands.ts'
import { createDeckController } from '../../deck/deck-controller.ts'
import { deckProgress, slidePosition } from '../../deck/position.ts'
import { ClassroomContext, useClassroomState } from '../../deck-react/classroom-context.ts'
import { DeckViewContext, useDeckPosition } from '../../deck-react/deck-context.tsx'
import { toggleFullscreen } from '../../deck-react/fullscreen.ts'
import { useDeckCommands } from '../../deck-react/use-deck-commands.ts'
import { useDeckSync } from '../../deck-react/use-deck-sync.ts'
import { useHashSync } from '../../deck-react/use-hash-sync.ts'
import { useKeepFocus } from '../../deck-react/use-keep-focus.ts'
import { useMarkVisited } from '../../deck-react/use-mark-visited.ts'
import { useSwipe } from '../../deck-react/use-swipe.ts'
import { useWakeLock } from '../../deck-react/use-wake-lock.ts'
import { useStrings } from '../../i18n-react/use-strings.ts'
import { LessonProvider } from '../../lesson-components/lesson-provider.tsx'
import { MDX_COMPONENTS } from '../../lesson-components/mdx-components.tsx'
import type { LessonEntry } from '../../lessons/registry-core.ts'
import { type LessonModule, questionsOnSlide } from '../../lessons/lesson-module.ts'
import { routeHref } from '../../routing/routes.ts'
import { HelpDialog } from '../../ui/help-dialog.tsx'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { useRoute } from '../../routing-react/route-context.ts'
import { DeckBar, DeckProgress } from './deck-bar.tsx'
import { GotoDialog } from './deck-dialogs/goto-dialog.tsx'
import { OverviewDialog } from './deck-dialogs/overview-dialog.tsx'
import { QrDialog } from './deck-dialogs/qr-dialog.tsx'
import { ScreenCover } from './deck-dialogs/screen-cover.tsx'

/** One slide at a time on a 16:9 canvas, driven by keyboard, clicker, buttons, swipes and the presenter console. */
export function PresentPage({ lesson, module }: { lesson: LessonEntry; module: LessonModule }) {
  const t = useStrings()
  const route = useRoute()
  const controller = useMemo(() => createDeckController(module.slideSteps), [module])
  const classroom = useMemo(() => createClassroomStore(), [])
  const position = useDeckPosition(controller)
  const stageRef = useRef<HTMLElement>(null)
  const helpRef = useRef<HTMLDialogElement>(null)
  const gotoRef = useRef<HTMLDialogElement>(null)
  const overviewRef = useRef<HTMLDialogElement>(null)
  const qrRef = useRef<HTMLDialogElement>(null)
  const [overviewOpen, setOverviewOpen] = useState(false)
  const [qrOpen, setQrOpen] = useState(false)
  const ready = useHydrated()
  const Content = module.default
  const lessonRoute = { page: 'lesson', lang: route.lang, lessonId: lesson.meta.id } as const

  useHashSync(controller)
  useMarkVisited(lesson.meta.id, controller, classroom)
  useDeckSync(lesson.meta.id, 'audience', controller, classroom)
  useKeepFocus(controller, stageRef)
  useWakeLock()
  useSwipe(stageRef, (direction) => (direction === 'next' ? controller.next() : controller.previous()))

  const dialogs: Record<DeckDialog, () => void> = {
    help: () => helpRef.current?.showModal(),
    goto: () => gotoRef.current?.showModal(),
    overview: () => {
      setOverviewOpen(true)
      overviewRef.current?.showModal()
    },
    qr: () => {
      setQrOpen(true)
      qrRef.current?.showModal()
    },
  }
  const context: CommandContext = {
    controller,
    classroom,
    questionsOn: (slide) => questionsOnSlide(module, slide).map((question) => question.id),
    openDialog: (dialog) => dialogs[dialog](),
    openOtherView: () => void window.open(routeHref({ ...lessonRoute, page: 'presenter' }, route, window.location.hash), `aulavirt-presenter-${lesson.meta.id}`),
    toggleFullscreen,
  }
  const commands = useDeckCommands('audience', context)

  const slideCount = module.slideCount
  // The same element every render: a move re-renders only the two slides whose visibility changed.
  const slides = useMemo(() => (
    <DeckViewContext.Provider value={{ mode: 'present', controller, slideCount }}>
      <Content components={MDX_COMPONENTS} />
    </DeckViewContext.Provider>
  ), [controller, slideCount, Content])
  const steps = module.slideSteps[position.slide] ?? 0
  const title = module.slideTitles[position.slide] ?? ''
  const slideSaid = t.slideAnnouncement(position.slide + 1, slideCount, title)
  // "¿Qué es virtualizar? Paso 1 de 2", not "…virtualizar?. Paso…"
  const announcement = !ready ? '' : position.step === 0 ? slideSaid
    : `${slideSaid}${/[.?!…:]$/.test(slideSaid) ? '' : '.'} ${t.stepAnnouncement(position.step, steps)}`
  const qrUrl = ready ? new URL(routeHref(lessonRoute, route, `#${position.slide + 1}`), window.location.href).href : ''

  return (
    <ClassroomContext.Provider value={classroom}>
      <LessonProvider lessonId={lesson.meta.id} module={module}>
        <div className="present-page">
          <main
            ref={stageRef}
            id="contenido"
            className="stage"
            data-current-slide={position.slide}
            data-current-step={position.step}
            data-ready={ready || undefined}
          >
            <h1 className="sr-only">{t.presentationOf(lesson.meta.title)}</h1>
            <div className="canvas" lang={route.lang}>{slides}</div>
            <DeckProgress progress={deckProgress(position, module.slideSteps)} />
          </main>
          <ScreenCoverFor />
          <DeckBar lesson={lesson} position={position} slideCount={slideCount} commands={commands} />
          <p id="deck-announcer" className="sr-only" aria-live="polite" aria-atomic="true">{announcement}</p>
          <HelpDialog ref={helpRef} controls={commands} />
          <GotoDialog ref={gotoRef} slideCount={slideCount} onGo={(slide) => controller.go(slidePosition(slide, module.slideSteps))} />
          <OverviewDialog ref={overviewRef} open={overviewOpen} onClose={() => setOverviewOpen(false)}>
            <DeckViewContext.Provider value={{
              mode: 'overview', slideCount, current: position.slide,
              onPick: (slide) => {
                controller.go(slidePosition(slide, module.slideSteps))
                overviewRef.current?.close()
              },
            }}>
              <Content components={MDX_COMPONENTS} />
            </DeckViewContext.Provider>
          </OverviewDialog>
          <QrDialog ref={qrRef} url={qrUrl} open={qrOpen} />
        </div>
      </LessonProvider>
    </ClassroomContext.Provider>
  )
}

function ScreenCoverFor() {
  return <ScreenCover screen={useClassroomState().screen} />
}
