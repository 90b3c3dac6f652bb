// Small statistics helpers for the benchmark.

/** Percentile with linear interpolation between closest ranks (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

export const median = (values) => percentile(values, 50)

export const kib = (bytes) => bytes / 1024
