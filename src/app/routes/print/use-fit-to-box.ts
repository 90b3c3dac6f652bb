import { type RefObject, useLayoutEffect, useState } from 'react'

const SMALLEST = 0.45

function overflows(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1
}

/**
 * Shrinks the text of a box that does not fit (a long slide, long notes):
 * sets `--print-fit` (1 = as designed) to the largest scale that fits. Every
 * size inside a printed sheet is relative to the sheet's width, so the same
 * scale suits the preview and the paper.
 */
export function fitElement(element: HTMLElement): number {
  element.style.setProperty('--print-fit', '1')
  if (!overflows(element)) return 1
  let fits = SMALLEST
  let tooBig = 1
  for (let round = 0; round < 7; round += 1) {
    const middle = (fits + tooBig) / 2
    element.style.setProperty('--print-fit', middle.toFixed(4))
    if (overflows(element)) tooBig = middle
    else fits = middle
  }
  element.style.setProperty('--print-fit', fits.toFixed(4))
  return fits
}

/**
 * Fits every `[data-fit]` box under `ref` after each render where `key`
 * changed, before the browser paints. While it measures, `data-measuring`
 * lays the sheets out at their size on paper (print.css): text wraps a
 * little differently at other sizes, so fits found on the smaller preview
 * could leave a line too many on paper. Returns the key last fitted, so a
 * page can tell when what it shows is ready to print.
 */
export function useFitToBox(ref: RefObject<HTMLElement | null>, key: string): string {
  const [fitted, setFitted] = useState('')
  useLayoutEffect(() => {
    const root = ref.current
    if (!root) return
    root.dataset.measuring = ''
    for (const element of root.querySelectorAll<HTMLElement>('[data-fit]')) fitElement(element)
    delete root.dataset.measuring
    setFitted(key)
  }, [ref, key])
  return fitted
}
