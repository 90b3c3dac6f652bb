import { lazy, type ReactElement, Suspense, useId, useRef, useState } from 'react'
import { useLang } from '../i18n-react/lang-context'
import { Icon } from '../icons/icons'
import FIGURE_CSS from './diagram-figure.css?inline'
import { DIAGRAM_UI } from './diagram-ui-labels'

// The full-screen view (zoom, pan, its own styles) loads when a student first opens it, not with every slide.
const DiagramViewer = lazy(() => import('./diagram-viewer').then((module) => ({ default: module.DiagramViewer })))

/** Draws one layout of a diagram; `id` makes its ids unique in the page. */
type Draw = (id: string) => ReactElement

/**
 * A diagram with its "enlarge" control, which opens it on its own, full
 * screen, with zoom and pan. `wide` is the 16:9 drawing and `narrow`, where
 * given, the one for a narrow column: CSS shows the one that fits the width
 * (container queries, so the prerendered page paints the right one). The view
 * draws them again, with the same reveal steps.
 */
export function DiagramFigure({ title, wide, narrow }: { title: string; wide: Draw; narrow?: Draw }) {
  const t = DIAGRAM_UI[useLang()]
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const id = useId()
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <div className={narrow ? 'diagram-figure diagram-adaptive' : 'diagram-figure'}>
      <style href="aulavirt-diagram-figure" precedence="aulavirt">{FIGURE_CSS}</style>
      {wide(`${id}w`)}
      {narrow?.(`${id}n`)}
      <button ref={button} type="button" className="icon-button diagram-expand" aria-label={t.expandLabel(title)}
        aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="fullscreen" />
        <span className="diagram-expand-text" aria-hidden="true">{t.expand}</span>
      </button>
      {open && <Suspense fallback={null}><DiagramViewer title={title} onClose={close} wide={wide} narrow={narrow} /></Suspense>}
    </div>
  )
}
