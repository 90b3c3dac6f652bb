import { type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent, type ReactElement, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useLang } from '../i18n-react/lang-context'
import { DIAGRAM_UI } from './diagram-ui-labels'
import VIEWER_CSS from './diagram-viewer.css?inline'
import { FIT, type Size, type ZoomPan, ZOOM_STEP, applyViewerKey, panBy, pinch, viewerKey, zoomAt, zoomCentre } from './zoom-pan'

interface Point {
  x: number
  y: number
}

interface DiagramViewerProps {
  title: string
  onClose: () => void
  wide: (id: string) => ReactElement
  narrow?: (id: string) => ReactElement
}

/** The full-screen view of one diagram: a modal dialog with zoom and pan by touch, wheel, keys and buttons. */
export function DiagramViewer({ title, onClose, wide, narrow }: DiagramViewerProps) {
  const t = DIAGRAM_UI[useLang()]
  const dialog = useRef<HTMLDialogElement>(null)
  const stage = useRef<HTMLDivElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const pointers = useRef(new Map<number, Point>())
  const [view, setView] = useState<ZoomPan>(FIT)
  const titleId = useId()
  const hintId = useId()
  const drawingId = useId()

  const stageSize = (): Size => ({ width: stage.current?.clientWidth ?? 0, height: stage.current?.clientHeight ?? 0 })
  const stagePoint = (clientX: number, clientY: number): Point => {
    const box = stage.current?.getBoundingClientRect()
    return { x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0) }
  }

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    element.showModal()
    closeButton.current?.focus()
    return () => element.close()
  }, [])

  // The wheel needs a non-passive listener to keep the page from scrolling behind the dialog.
  useEffect(() => {
    const element = stage.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const point = stagePoint(event.clientX, event.clientY)
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002))
      setView((current) => zoomAt(current, factor, point.x, point.y, stageSize()))
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [])

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const key = viewerKey(event.key)
    if (!key) return
    event.preventDefault()
    setView((current) => applyViewerKey(current, key, stageSize()))
  }

  const onPointerDown = (event: ReactPointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return
    event.currentTarget.setPointerCapture(event.pointerId)
    pointers.current.set(event.pointerId, stagePoint(event.clientX, event.clientY))
  }
  const onPointerMove = (event: ReactPointerEvent) => {
    const before = pointers.current.get(event.pointerId)
    if (!before) return
    const fingers = [...pointers.current.values()]
    const now = stagePoint(event.clientX, event.clientY)
    pointers.current.set(event.pointerId, now)
    const size = stageSize()
    if (fingers.length === 1) {
      setView((current) => panBy(current, now.x - before.x, now.y - before.y, size))
    } else if (fingers.length === 2) {
      const [a, b] = fingers
      const [c, d] = [...pointers.current.values()]
      if (!a || !b || !c || !d) return
      const gesture = pinch([a, b], [c, d])
      setView((current) => panBy(zoomAt(current, gesture.factor, gesture.mid.x, gesture.mid.y, size), gesture.dx, gesture.dy, size))
    }
  }
  const onPointerEnd = (event: ReactPointerEvent) => {
    pointers.current.delete(event.pointerId)
  }

  const zoomBy = (factor: number) => setView((current) => zoomCentre(current, factor, stageSize()))

  return createPortal(
    <dialog ref={dialog} className="diagram-viewer" aria-labelledby={titleId} aria-describedby={hintId}
      onClose={onClose} onKeyDown={onKeyDown}>
      <style href="aulavirt-diagram-viewer" precedence="aulavirt">{VIEWER_CSS}</style>
      <div className="diagram-viewer-bar">
        <h2 id={titleId} className="diagram-viewer-title">{title}</h2>
        <div className="diagram-viewer-tools">
          <button type="button" className="icon-button" aria-label={t.zoomOut} onClick={() => zoomBy(1 / ZOOM_STEP)}>−</button>
          <output className="diagram-viewer-zoom" aria-live="polite">{t.zoom(Math.round(view.scale * 100))}</output>
          <button type="button" className="icon-button" aria-label={t.zoomIn} onClick={() => zoomBy(ZOOM_STEP)}>+</button>
          <button type="button" className="button button-secondary" onClick={() => setView(FIT)}>{t.fit}</button>
        </div>
        <button ref={closeButton} type="button" className="button diagram-viewer-close" onClick={() => dialog.current?.close()}>{t.close}</button>
      </div>
      <p id={hintId} className="diagram-viewer-hint">{t.hint}</p>
      <div ref={stage} className="diagram-viewer-stage" onPointerDown={onPointerDown} onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd} onPointerCancel={onPointerEnd} data-scale={view.scale}>
        <div className={narrow ? 'diagram-viewer-drawing diagram-adaptive' : 'diagram-viewer-drawing'} style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}>
          {wide(`${drawingId}w`)}
          {narrow?.(`${drawingId}n`)}
        </div>
      </div>
    </dialog>,
    document.body,
  )
}
