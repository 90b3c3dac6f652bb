import { type RefObject, useEffect, useRef } from 'react'
import { type SwipeDirection, classifySwipe } from '../deck/swipe.ts'

/** Calls `onSwipe` for quick horizontal swipes on the element (touch screens). */
export function useSwipe(ref: RefObject<HTMLElement | null>, onSwipe: (direction: SwipeDirection) => void): void {
  const onSwipeRef = useRef(onSwipe)
  onSwipeRef.current = onSwipe
  useEffect(() => {
    const element = ref.current
    if (!element) return
    let start: { x: number; y: number; time: number } | null = null
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0]
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY, time: event.timeStamp } : null
    }
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0]
      if (!start || !touch) return
      const direction = classifySwipe(touch.clientX - start.x, touch.clientY - start.y, event.timeStamp - start.time)
      start = null
      if (direction) onSwipeRef.current(direction)
    }
    element.addEventListener('touchstart', onStart, { passive: true })
    element.addEventListener('touchend', onEnd, { passive: true })
    return () => {
      element.removeEventListener('touchstart', onStart)
      element.removeEventListener('touchend', onEnd)
    }
  }, [ref])
}
