import type { Position } from '../../deck/position.ts'
import type { CommandControl } from '../../deck-react/use-deck-commands.ts'
import { useStrings } from '../../i18n-react/use-strings.ts'
import type { LessonEntry } from '../../lessons/registry-core.ts'
import { formatPositionHash } from '../../deck/position-hash.ts'
import { CommandButton, controlFor } from '../../ui/command-button.tsx'
import { DisplaySettings } from '../../ui/display-settings.tsx'
import { Icon } from '../../icons/icons.tsx'
import { LanguageSwitch } from '../../ui/language-switch.tsx'
import { RouteLink } from '../../ui/route-link.tsx'
import { useRoute } from '../../routing-react/route-context.ts'

interface DeckBarProps {
  lesson: LessonEntry
  position: Position
  slideCount: number
  /** The audience view's commands: the bar shows previous, next, full screen and help; the rest are buttons in the help. */
  commands: readonly CommandControl[]
}

/** On-screen controls of the presentation. */
export function DeckBar({ lesson, position, slideCount, commands }: DeckBarProps) {
  const t = useStrings()
  const { lang } = useRoute()
  const button = (id: 'previous' | 'next' | 'fullscreen' | 'help') => (
    <CommandButton control={controlFor(commands, id)} className="deck-button"><Icon name={id} /></CommandButton>
  )
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
        {button('previous')}
        <span className="deck-counter" aria-hidden="true">
          {position.slide + 1} / {slideCount}
        </span>
        {button('next')}
        {button('fullscreen')}
        <LanguageSwitch className="deck-button deck-language" hash={formatPositionHash(position)} />
        <DisplaySettings variant="deck" />
        {button('help')}
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
