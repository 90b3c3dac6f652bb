import { type RefObject, useLayoutEffect, useState } from 'react'

const SMALLEST = 0.45

function overflows(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1
}

/**
 * Shrinks the text of a box that does not fit (a long slide, long notes):
 * sets `--print-fit` (1 = as designed) to the largest scale that fits. Every
 * size inside a printed sheet is relative to the sheet's width, so a scale
 * found on the screen preview holds on paper too.
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
 * changed, before the browser paints. Returns the key last fitted, so a page
 * can tell when what it shows is ready to print.
 */
export function useFitToBox(ref: RefObject<HTMLElement | null>, key: string): string {
  const [fitted, setFitted] = useState('')
  useLayoutEffect(() => {
    const root = ref.current
    if (!root) return
    for (const element of root.querySelectorAll<HTMLElement>('[data-fit]')) fitElement(element)
    setFitted(key)
  }, [ref, key])
  return fitted
}
