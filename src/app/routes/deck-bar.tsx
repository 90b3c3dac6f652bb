import type { Position } from '../../deck/position.ts'
import { useStrings } from '../../i18n/use-strings.ts'
import type { LessonEntry } from '../../lessons/registry-core.ts'
import { formatPositionHash } from '../../deck/position-hash.ts'
import { DisplaySettings } from '../../ui/display-settings.tsx'
import { Icon } from '../../ui/icons.tsx'
import { LanguageSwitch } from '../../ui/language-switch.tsx'
import { RouteLink } from '../../ui/route-link.tsx'
import { useRoute } from '../route-context.ts'

interface DeckBarProps {
  lesson: LessonEntry
  position: Position
  slideCount: number
  atEnd: boolean
  onPrevious: () => void
  onNext: () => void
  onFullscreen: () => void
  onHelp: () => void
}

/** On-screen controls of the presentation: every shortcut has a button here. */
export function DeckBar({ lesson, position, slideCount, atEnd, onPrevious, onNext, onFullscreen, onHelp }: DeckBarProps) {
  const t = useStrings()
  const { lang } = useRoute()
  const atStart = position.slide === 0 && position.step === 0
  return (
    <nav className="deck-bar" aria-label={t.deckControls}>
        <RouteLink className="deck-button" to={{ page: 'home', lang }} aria-label={t.home} title={t.home}>
          <Icon name="home" />
        </RouteLink>
        <RouteLink
          className="deck-button"
          to={{ page: 'lesson', lang, lessonId: lesson.meta.id }}
          hash={`#${position.slide + 1}`}
          aria-label={t.readLesson(lesson.meta.title)}
          title={t.read}
        >
          <Icon name="read" />
        </RouteLink>
        <button type="button" className="deck-button" onClick={onPrevious} aria-disabled={atStart} aria-label={t.previous} title={t.previous}>
          <Icon name="previous" />
        </button>
        <span className="deck-counter" aria-hidden="true">
          {position.slide + 1} / {slideCount}
        </span>
        <button type="button" className="deck-button" onClick={onNext} aria-disabled={atEnd} aria-label={t.next} title={t.next}>
          <Icon name="next" />
        </button>
        <button type="button" className="deck-button" onClick={onFullscreen} aria-label={t.fullscreen} title={t.fullscreen}>
          <Icon name="fullscreen" />
        </button>
        <LanguageSwitch className="deck-button deck-language" hash={formatPositionHash(position)} />
        <DisplaySettings variant="deck" />
        <button type="button" className="deck-button" onClick={onHelp} aria-label={t.keyboardHelp} title={t.keyboardHelp}>
          <Icon name="help" />
        </button>
    </nav>
  )
}

/** A thin bar along the bottom edge: how much of the lesson, steps included, has been shown. */
export function DeckProgress({ progress }: { progress: number }) {
  const t = useStrings()
  return (
    <div className="deck-progress" role="progressbar" aria-label={t.deckProgress} aria-valuemin={0} aria-valuemax={100}
      aria-valuenow={Math.round(progress * 100)}>
      <div className="deck-progress-fill" style={{ transform: `scaleX(${progress})` }} />
    </div>
  )
}
