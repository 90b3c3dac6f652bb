import { createContext } from 'react'

/**
 * True where a diagram may switch to its narrow layout when its column is too
 * narrow for the wide one (the reading page). Slides, thumbnails and printed
 * handouts keep the 16:9 layout.
 */
export const NarrowLayoutContext = createContext(false)
