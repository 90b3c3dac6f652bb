/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`: hours padded to two digits, at most
 * 9999 (longer sessions are reported as 9999:59:59.99), hundredths rounded.
 */
export function cmiTimespan(ms: number): string {
  const hundredths = Math.min(Math.round(Math.max(0, ms) / 10), 9999 * 360_000 + 359_999)
  const hours = Math.floor(hundredths / 360_000)
  const minutes = Math.floor(hundredths / 6000) % 60
  const seconds = (hundredths % 6000) / 100
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`
}

/** A score as CMIDecimal within 0–100, at most two decimals (older Moodle refuses more). */
export function cmiDecimal(value: number): string {
  return String(Math.round(Math.min(100, Math.max(0, value)) * 100) / 100)
}
