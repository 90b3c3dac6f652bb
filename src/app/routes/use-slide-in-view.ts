import { useEffect, useState } from 'react'
import { keepReadingPosition } from './reading-position.ts'

/**
 * Index of the reading-page slide nearest the top of the viewport, so
 * "Presentar" opens the presentation where the student is reading. Every
 * slide that scrolls into view is reported to `onSeen` (slides read).
 */
export function useSlideInView(onSeen?: (slide: number) => void): number {
  const [index, setIndex] = useState(0)
  useEffect(keepReadingPosition, [])
  useEffect(() => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reading-slide')]
    if (sections.length === 0 || typeof IntersectionObserver === 'undefined') return
    const visible = new Set<number>()
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const slide = Number((entry.target as HTMLElement).dataset.slideIndex)
        if (entry.isIntersecting) {
          visible.add(slide)
          onSeen?.(slide)
        }
        else visible.delete(slide)
      }
      if (visible.size > 0) setIndex(Math.min(...visible))
    }, { rootMargin: '0px 0px -60% 0px' })
    sections.forEach((section) => observer.observe(section))
    return () => observer.disconnect()
  }, [])
  return index
}
