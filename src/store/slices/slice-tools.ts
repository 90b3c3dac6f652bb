/**
 * What a slice is given by the store that combines it: set and get over the
 * whole state (of which the slice sees only its own part's type) and the
 * clock. Tests give a slice a store of its own.
 */
export interface SliceTools<S> {
  set(partial: Partial<S>): void
  get(): S
  now(): number
}
