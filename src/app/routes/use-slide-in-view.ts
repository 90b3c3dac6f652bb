import { useEffect, useState } from 'react'

/**
 * Index of the reading-page slide nearest the top of the viewport, so
 * "Presentar" opens the presentation where the student is reading. Every
 * slide that scrolls into view is reported to `onSeen` (slides read).
 */
export function useSlideInView(onSeen?: (slide: number) => void): number {
  const [index, setIndex] = useState(0)
  useEffect(landOnLinkedSlide, [])
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

/**
 * Slides far from the screen are not laid out (content-visibility: auto), so
 * the browser's jump to `#12` uses estimated heights for the slides above it
 * and can land short once they render. Once the page is interactive, put the
 * linked slide back at the top if it is not there.
 */
function landOnLinkedSlide(): void {
  const id = decodeURIComponent(window.location.hash.slice(1))
  const target = id ? document.getElementById(id) : null
  if (!target?.classList.contains('reading-slide')) return
  const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0
  if (Math.abs(target.getBoundingClientRect().top - margin) > 2) target.scrollIntoView({ block: 'start' })
}
