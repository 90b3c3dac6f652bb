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

/** Share of the machine's CPU time that was busy over `windowMs` (0 to 1), from os.cpus() counters. */
async function busyShare(windowMs) {
  const { cpus } = await import('node:os')
  const totals = () => cpus().reduce((sum, cpu) => {
    const { idle, ...rest } = cpu.times
    return { idle: sum.idle + idle, all: sum.all + idle + Object.values(rest).reduce((a, b) => a + b, 0) }
  }, { idle: 0, all: 0 })
  const before = totals()
  await new Promise((resolve) => setTimeout(resolve, windowMs))
  const after = totals()
  const all = after.all - before.all
  return all > 0 ? 1 - (after.idle - before.idle) / all : 0
}

/**
 * Waits (at most `limitMs`) until other work leaves the CPUs at least 90 %
 * idle over a 2 s window, and says what it found: timings taken while a build
 * or a test run shares the cores are not the app's.
 */
export async function waitForQuietMachine({ log, limitMs = 90_000, busyAtMost = 0.1 }) {
  const started = Date.now()
  let busy = await busyShare(2000)
  while (busy > busyAtMost && Date.now() - started < limitMs) busy = await busyShare(2000)
  const waitedMs = Date.now() - started
  if (busy > busyAtMost) log(`the machine is still ${(busy * 100).toFixed(0)} % busy after ${Math.round(waitedMs / 1000)} s: timings will be inflated`)
  else log(`machine quiet (${(busy * 100).toFixed(0)} % busy) after ${Math.round(waitedMs / 1000)} s`)
  return { busy, waitedMs }
}
