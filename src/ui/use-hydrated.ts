import { useEffect, useState } from 'react'

/**
 * False in the prerendered HTML and during hydration, true once the page is
 * interactive. Pages expose it as `data-ready` so tests and benchmarks wait
 * for it instead of losing early key presses.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
