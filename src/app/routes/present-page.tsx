import { useEffect, useMemo, useRef, useState } from 'react'
import { createDeckController } from '../../deck/deck-controller.ts'
import { deckProgress } from '../../deck/position.ts'
import type { DeckAction } from '../../deck/shortcuts.ts'
import { DeckViewContext, useDeckPosition } from '../../deck-react/deck-context.tsx'
import { useDeckKeyboard } from '../../deck-react/use-deck-keyboard.ts'
import { useHashSync } from '../../deck-react/use-hash-sync.ts'
import { useKeepFocus } from '../../deck-react/use-keep-focus.ts'
import { useMarkVisited } from '../../deck-react/use-mark-visited.ts'
import { useSwipe } from '../../deck-react/use-swipe.ts'
import { useStrings } from '../../i18n/use-strings.ts'
import { LessonProvider } from '../../lesson-components/lesson-provider.tsx'
import { MDX_COMPONENTS } from '../../lesson-components/mdx-components.tsx'
import type { LessonEntry } from '../../lessons/registry-core.ts'
import type { LessonModule } from '../../lessons/lesson-module.ts'
import { HelpDialog } from '../../ui/help-dialog.tsx'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { useRoute } from '../route-context.ts'
import { DeckBar, DeckProgress } from './deck-bar.tsx'

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  else void document.documentElement.requestFullscreen?.().catch(() => {})
}

/** One slide at a time on a 16:9 canvas, driven by keyboard, clicker, buttons and swipes. */
export function PresentPage({ lesson, module }: { lesson: LessonEntry; module: LessonModule }) {
  const t = useStrings()
  const route = useRoute()
  const controller = useMemo(() => createDeckController(module.slideSteps), [module])
  const position = useDeckPosition(controller)
  const stageRef = useRef<HTMLElement>(null)
  const helpRef = useRef<HTMLDialogElement>(null)
  const ready = useHydrated()
  const Content = module.default

  useHashSync(controller)
  useMarkVisited(lesson.meta.id, controller)
  useKeepFocus(controller, stageRef)
  useSwipe(stageRef, (direction) => (direction === 'next' ? controller.next() : controller.previous()))
  useDeckKeyboard((action: DeckAction) => {
    if (action === 'help') helpRef.current?.showModal()
    else if (action === 'fullscreen') toggleFullscreen()
    else controller[action]()
  })

  const slideCount = module.slideCount
  const steps = module.slideSteps[position.slide] ?? 0
  const title = module.slideTitles[position.slide] ?? ''
  const announcement = ready
    ? [t.slideAnnouncement(position.slide + 1, slideCount, title), position.step > 0 ? t.stepAnnouncement(position.step, steps) : '']
        .filter(Boolean).join('. ')
    : ''

  return (
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
        <div className="canvas" lang={route.lang}>
          <DeckViewContext.Provider value={{ mode: 'present', controller, slideCount }}>
            <LessonProvider lessonId={lesson.meta.id} module={module}>
              <Content components={MDX_COMPONENTS} />
            </LessonProvider>
          </DeckViewContext.Provider>
        </div>
        <DeckProgress progress={deckProgress(position, module.slideSteps)} />
      </main>
      <DeckBar
        lesson={lesson}
        position={position}
        slideCount={slideCount}
        atEnd={deckProgress(position, module.slideSteps) >= 1}
        onPrevious={controller.previous}
        onNext={controller.next}
        onFullscreen={toggleFullscreen}
        onHelp={() => helpRef.current?.showModal()}
      />
      <p id="deck-announcer" className="sr-only" aria-live="polite" aria-atomic="true">{announcement}</p>
      <HelpDialog ref={helpRef} />
    </div>
  )
}
