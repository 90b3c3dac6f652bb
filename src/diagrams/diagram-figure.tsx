import { lazy, type ReactNode, Suspense, useRef, useState } from 'react'
import { useLang } from '../i18n/lang-context'
import { Icon } from '../ui/icons'
import FIGURE_CSS from './diagram-figure.css?inline'
import { DIAGRAM_UI } from './diagram-ui-labels'

// Loaded on the first click: no page pays for the viewer before someone opens it.
const DiagramViewer = lazy(() => import('./diagram-viewer'))

/**
 * A diagram with its "enlarge" control, which opens it on its own, full
 * screen, with zoom and pan. `children` is the wide drawing and `narrow`, where
 * given, the one for a narrow column: CSS shows the one that fits the width
 * (container queries, so the prerendered page paints the right one). The view
 * shows them again, with the same reveal steps.
 */
export function DiagramFigure({ title, children, narrow }: { title: string; children: ReactNode; narrow?: ReactNode }) {
  const t = DIAGRAM_UI[useLang()]
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <div className={narrow ? 'diagram-figure diagram-adaptive' : 'diagram-figure'}>
      <style href="aulavirt-diagram-figure" precedence="aulavirt">{FIGURE_CSS}</style>
      {children}
      {narrow}
      <button ref={button} type="button" className="icon-button diagram-expand" aria-label={t.expandLabel(title)}
        aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="fullscreen" />
        <span className="diagram-expand-text" aria-hidden="true">{t.expand}</span>
      </button>
      {open && (
        <Suspense>
          <DiagramViewer title={title} onClose={close} adaptive={Boolean(narrow)}>
            {children}
            {narrow}
          </DiagramViewer>
        </Suspense>
      )}
    </div>
  )
}
