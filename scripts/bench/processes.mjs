// Every browser the bench starts carries one marker switch naming this run
// (Chromium ignores switches it does not know). At the end, and on Ctrl+C,
// any process still carrying it is ended by its id, so a crashed Lighthouse
// run cannot leave a Chromium behind. Linux only (/proc); elsewhere a no-op.
import { existsSync, readFileSync, readdirSync } from 'node:fs'

export const BROWSER_MARKER = `--aulavirt-bench-run=${process.pid}`

/** Ids of live processes with the marker as one of their own arguments (not inside another argument). */
export function markedProcesses() {
  if (!existsSync('/proc')) return []
  const found = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
      if (args.includes(BROWSER_MARKER)) found.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return found
}

/** Ends the marked processes; returns how many there were. */
export function endMarkedProcesses() {
  const ids = markedProcesses()
  for (const id of ids) {
    try {
      process.kill(id, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  return ids.length
}
