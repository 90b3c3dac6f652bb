import { PROGRESS_VERSION, type ProgressData } from '../store/progress-types.ts'
import { cmiDecimal, cmiTimespan } from './cmi-format.ts'
import type { CourseShape } from './course-shape.ts'
import { DEFAULT_PASS_PERCENT, lmsGrade } from './lms-grade.ts'
import { CMI, type ApiResult, type Scorm12Api, callApi } from './scorm-api.ts'
import { type SuspendDataReading, decodeSuspendData, encodeSuspendData } from './suspend-data.ts'

export type LmsMode = 'normal' | 'review' | 'browse'

/** What the student is told, discreetly, by the page that hosts the course. */
export type LmsNotice =
  /** The LMS refused a value or did not answer: progress stays in this window, retried at the next change. */
  | { kind: 'unsaved'; code: string }
  /** After an `unsaved`, everything reached the LMS. */
  | { kind: 'saved' }
  /** Review or browse mode: nothing is recorded. */
  | { kind: 'read-only'; mode: Exclude<LmsMode, 'normal'> }
  /** The saved progress was set aside (course updated, or not ours); told once, at the start. */
  | { kind: 'set-aside'; reason: 'content-changed' | 'unreadable' | 'entries' }

export interface Timers {
  set(callback: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface ScormSessionOptions {
  api: Scorm12Api
  shape: CourseShape
  now?: () => number
  timers?: Timers
  passPercent?: number
  /** Least time between two commits, except on submit, hiding and leaving. */
  commitInterval?: number
  onNotice?: (notice: LmsNotice) => void
}

/** How the session began: the mode, the saved location and the progress the store starts from. */
export interface SessionStart {
  mode: LmsMode
  location: string
  reading: SuspendDataReading
}

export const COMMIT_INTERVAL = 5000
/** Wait after a change before committing, so a burst of changes makes one commit. */
const SETTLE = 1000

/**
 * One SCORM 1.2 session, owned by the launch page: initialises once, hands
 * the store its saved progress, and writes progress, grade, status and
 * location back. Every call's result is checked; when the LMS says no or is
 * gone, nothing is dropped: the latest progress stays here and is sent again
 * at the next change, commit or exit.
 */
export class ScormSession {
  readonly #api: Scorm12Api
  readonly #shape: CourseShape
  readonly #now: () => number
  readonly #timers: Timers
  readonly #passPercent: number
  readonly #interval: number
  readonly #notify: (notice: LmsNotice) => void
  #mode: LmsMode = 'normal'
  #state: 'idle' | 'open' | 'finished' = 'idle'
  #startedAt = 0
  #latestJson: string | null = null
  /** Values the LMS accepted, per element; a value is sent only when it differs. */
  readonly #sent = new Map<string, string>()
  /** Values waiting to be sent (refused or not yet tried). */
  readonly #pending = new Map<string, string>()
  #uncommitted = false
  #failing = false
  #commitTimer: unknown
  #lastCommitAt = -Infinity
  #submissions = 0

  constructor(options: ScormSessionOptions) {
    this.#api = options.api
    this.#shape = options.shape
    this.#now = options.now ?? Date.now
    this.#timers = options.timers ?? { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) }
    this.#passPercent = options.passPercent ?? DEFAULT_PASS_PERCENT
    this.#interval = options.commitInterval ?? COMMIT_INTERVAL
    this.#notify = options.onNotice ?? (() => {})
  }

  get mode(): LmsMode {
    return this.#mode
  }

  /** LMSInitialize, once. Returns undefined when the LMS would not open a session. */
  start(): SessionStart | undefined {
    if (this.#state !== 'idle') throw new Error('a SCORM session starts once')
    const opened = callApi(this.#api, (api) => api.LMSInitialize(''), (value) => value === 'true')
    if (!opened.ok) return undefined
    this.#state = 'open'
    this.#startedAt = this.#now()
    const read = (element: string) => {
      const result = callApi(this.#api, (api) => api.LMSGetValue(element), () => true)
      return result.ok ? result.value : ''
    }
    const lessonMode = read(CMI.lessonMode)
    this.#mode = lessonMode === 'review' || lessonMode === 'browse' ? lessonMode : 'normal'
    const status = read(CMI.status)
    const location = read(CMI.location)
    const suspendData = read(CMI.suspendData)
    for (const [element, value] of [[CMI.status, status], [CMI.location, location], [CMI.suspendData, suspendData], ...[CMI.scoreRaw, CMI.scoreMin, CMI.scoreMax].map((element) => [element, read(element)])] as const) {
      if (value !== '') this.#sent.set(element, value)
    }
    const reading = decodeSuspendData(suspendData, this.#shape, this.#now())
    if (reading.kind !== 'empty') {
      this.#latestJson = JSON.stringify({ state: reading.data, version: PROGRESS_VERSION })
      this.#submissions = lmsGrade(reading.data, this.#shape, this.#passPercent).submissions
    }
    if (this.#mode !== 'normal') this.#notify({ kind: 'read-only', mode: this.#mode })
    else {
      if (!['incomplete', 'passed', 'failed', 'completed', 'browsed'].includes(status)) {
        this.#set(CMI.status, 'incomplete')
        this.#commit()
      }
      if (reading.kind === 'set-aside') this.#notify({ kind: 'set-aside', reason: reading.reason })
      else if (reading.kind === 'restored' && reading.setAsideCount > 0) this.#notify({ kind: 'set-aside', reason: 'entries' })
    }
    return { mode: this.#mode, location, reading }
  }

  /** The progress the store should start from (persist's JSON envelope), or null on a first attempt. */
  readProgress(): string | null {
    return this.#latestJson
  }

  /** A snapshot of the store (persist's JSON envelope). Kept here whatever the LMS answers. */
  writeProgress(json: string): void {
    this.#latestJson = json
    if (!this.#writable()) return
    let data: ProgressData
    try {
      data = (JSON.parse(json) as { state: ProgressData }).state
    } catch {
      return
    }
    this.#set(CMI.suspendData, encodeSuspendData(data, this.#shape).text)
    const grade = lmsGrade(data, this.#shape, this.#passPercent)
    if (grade.submissions > 0 || this.#sent.has(CMI.scoreRaw)) {
      this.#set(CMI.scoreRaw, cmiDecimal(grade.score))
      this.#set(CMI.scoreMin, '0')
      this.#set(CMI.scoreMax, '100')
    }
    this.#set(CMI.status, grade.status)
    const submitted = grade.submissions > this.#submissions
    this.#submissions = grade.submissions
    if (submitted) this.#commit()
    else this.#schedule()
  }

  /** Where the student is (lesson, slide, step), to reopen there. */
  setLocation(location: string): void {
    if (!this.#writable()) return
    this.#set(CMI.location, location.slice(0, 255))
    this.#schedule()
  }

  /** The page was hidden (tab switched, phone locked): send what is waiting now. */
  flush(): void {
    if (!this.#writable() || (!this.#uncommitted && this.#pending.size === 0)) return
    this.#commit()
  }

  /** The page is going away: session time, exit=suspend, commit, LMSFinish. Once. */
  finish(): void {
    if (this.#state !== 'open') return
    if (this.#mode === 'normal') {
      this.#set(CMI.exit, 'suspend')
      this.#commit()
    }
    this.#timers.clear(this.#commitTimer)
    this.#state = 'finished'
    callApi(this.#api, (api) => api.LMSFinish(''), (value) => value === 'true')
  }

  #writable(): boolean {
    return this.#state === 'open' && this.#mode === 'normal'
  }

  #set(element: string, value: string): void {
    if (this.#sent.get(element) === value) {
      this.#pending.delete(element)
      return
    }
    this.#pending.set(element, value)
  }

  /** Sends every pending value; what the LMS refuses stays pending. */
  #sendPending(): ApiResult | undefined {
    let failure: ApiResult | undefined
    for (const [element, value] of [...this.#pending]) {
      const result = callApi(this.#api, (api) => api.LMSSetValue(element, value), (answer) => answer === 'true')
      if (result.ok) {
        this.#sent.set(element, value)
        this.#pending.delete(element)
        this.#uncommitted = true
      } else failure ??= result
    }
    return failure
  }

  #schedule(): void {
    if (this.#pending.size === 0 || this.#commitTimer !== undefined) return
    const wait = Math.max(SETTLE, this.#lastCommitAt + this.#interval - this.#now())
    this.#commitTimer = this.#timers.set(() => {
      this.#commitTimer = undefined
      this.#commit()
    }, wait)
  }

  #commit(): void {
    if (this.#commitTimer !== undefined) {
      this.#timers.clear(this.#commitTimer)
      this.#commitTimer = undefined
    }
    const refused = this.#sendPending()
    // Sent with every commit, not counted as a change: the LMS adds it to the total time at LMSFinish.
    callApi(this.#api, (api) => api.LMSSetValue(CMI.sessionTime, cmiTimespan(this.#now() - this.#startedAt)), (answer) => answer === 'true')
    const committed = this.#uncommitted || refused
      ? callApi(this.#api, (api) => api.LMSCommit(''), (answer) => answer === 'true')
      : { ok: true as const, value: 'true' }
    this.#lastCommitAt = this.#now()
    if (committed.ok) this.#uncommitted = false
    const failure = refused ?? (committed.ok ? undefined : committed)
    if (failure && !failure.ok) {
      this.#failing = true
      this.#notify({ kind: 'unsaved', code: failure.code })
    } else if (this.#failing) {
      this.#failing = false
      this.#notify({ kind: 'saved' })
    }
  }
}
