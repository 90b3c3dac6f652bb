/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: a small, fast seeded generator with good enough spread for shuffling. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Shuffles with a seed made from the student's seed and the question id: the
 * same student sees the same order after a reload, another student another
 * order. Never returns the original order for lists of two or more items, so
 * the first option is not always the one the author wrote first (often the
 * right one).
 */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
  const result = [...items]
  if (result.length < 2) return result
  const random = seededRandom(hashString(seed))
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[result[index], result[other]] = [result[other]!, result[index]!]
  }
  if (result.every((item, index) => item === items[index])) result.push(result.shift()!)
  return result
}
