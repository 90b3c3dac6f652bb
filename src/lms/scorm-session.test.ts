import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { catalogFrom } from '../store/course-catalog.ts'
import { createProgressStore } from '../store/progress-store.ts'
import type { ProgressData } from '../store/progress-types.ts'
import { createLmsProgressStorage } from '../store/lms-storage.ts'
import { assessmentResult } from '../store/selectors.ts'
import { courseShape } from './course-shape.ts'
import { type LmsNotice, ScormSession } from './scorm-session.ts'
import { FIVE_LESSONS } from './testing/fixture-course.ts'
import { type Preload, type TestLms, openLms } from './testing/scorm-again-lms.ts'

const shape = courseShape(FIVE_LESSONS)
const catalog = catalogFrom(FIVE_LESSONS.lessons)
const START = Date.UTC(2026, 11, 7, 9, 0, 0)

type Lms = TestLms
let opened: Lms[] = []

/** The launch page's side: a session, the bridge it offers and the course's store using it. */
function launch(lms: Lms, options: { passPercent?: number } = {}) {
  const notices: LmsNotice[] = []
  const session = new ScormSession({ api: lms.api, shape, onNotice: (notice) => notices.push(notice), ...options })
  const start = session.start()
  const bridge = { version: 1 as const, readProgress: () => session.readProgress(), writeProgress: (json: string) => session.writeProgress(json) }
  const store = createProgressStore({ catalog, storage: createLmsProgressStorage(bridge), newSeed: () => 'seed-alu01' })
  return { session, start, store, notices }
}

const commits = (lms: Lms) => lms.calls.filter((call) => call === 'LMSCommit').length
const writes = (lms: Lms, element: string) => lms.calls.filter((call) => call.startsWith(`${element}=`))

/** Submits a lesson's self-assessment with every answer right (true) or wrong. */
function submit(store: ReturnType<typeof launch>['store'], lesson: 'c' | 'd' | 'e', right: boolean) {
  store.getState().setAssessmentDraft(`${lesson}-eval`, `${lesson}-ev`, right ? '1' : '0')
  store.getState().submitAssessment(`${lesson}-eval`)
}

beforeEach(() => {
  vi.useFakeTimers({ now: START })
  opened = []
})

afterEach(() => {
  for (const lms of opened) expect(lms.violations, 'suspend_data over 4096 characters').toEqual([])
  vi.useRealTimers()
})

const lmsWith = (preload?: Preload) => {
  const lms = openLms(preload)
  opened.push(lms)
  return lms
}

describe('a SCORM session under scorm-again', () => {
  it('fresh attempt: initialises once, commits "incomplete" at once, then the new shuffle seed 5 s later', () => {
    const lms = lmsWith()
    const { start, session, store } = launch(lms)
    expect(start).toMatchObject({ mode: 'normal', location: '', reading: { kind: 'empty' } })
    expect(lms.calls.filter((call) => call === 'LMSInitialize')).toHaveLength(1)
    expect(lms.cmi().core.lesson_status).toBe('incomplete')
    expect(commits(lms)).toBe(1)
    expect(store.getState().seed).toBe('seed-alu01')
    vi.advanceTimersByTime(4999)
    expect(commits(lms)).toBe(1)
    vi.advanceTimersByTime(1)
    expect(commits(lms)).toBe(2)
    expect(lms.cmi().suspend_data).toBe(`A1.${shape.hash}.seed-alu01...`)
    expect(() => session.start()).toThrow()
    expect(lms.calls.filter((call) => call === 'LMSInitialize')).toHaveLength(1)
  })

  it('answers reach suspend_data in one commit, a second after the change and never within 5 s of the previous commit', () => {
    const lms = lmsWith()
    const { store } = launch(lms)
    vi.advanceTimersByTime(60_000)
    const before = commits(lms)
    store.getState().checkAnswer('a-single', '2')
    store.getState().checkAnswer('a-tf', false)
    expect(commits(lms)).toBe(before)
    vi.advanceTimersByTime(999)
    expect(commits(lms)).toBe(before)
    vi.advanceTimersByTime(1)
    expect(commits(lms)).toBe(before + 1)
    expect(lms.cmi().suspend_data).toBe(`A1.${shape.hash}.seed-alu01..1-2,,1-0.`)
    store.getState().checkAnswer('a-single', '1')
    vi.advanceTimersByTime(4000)
    expect(commits(lms)).toBe(before + 1)
    vi.advanceTimersByTime(1000)
    expect(commits(lms)).toBe(before + 2)
    expect(lms.cmi().suspend_data).toContain('.2-1,,1-0')
    expect(writes(lms, 'cmi.core.score.raw')).toEqual([])
  })

  it('a self-assessment submission commits at once: score.raw is the mean of best grades ×10, lessons not taken counting 0', () => {
    const lms = lmsWith()
    const { store } = launch(lms)
    const before = commits(lms)
    submit(store, 'c', true)
    expect(commits(lms)).toBe(before + 1)
    expect(lms.cmi().core.score).toMatchObject({ raw: '20', min: '0', max: '100' })
    expect(lms.cmi().core.lesson_status).toBe('incomplete')
    submit(store, 'd', false)
    submit(store, 'c', false)
    expect(lms.cmi().core.score.raw).toBe('20')
    store.getState().setAssessmentDraft('b-eval', 'b-ev1', true)
    store.getState().submitAssessment('b-eval')
    expect(lms.cmi().core.score.raw).toBe('30')
  })

  it('status stays incomplete until every self-assessment is submitted, then passed at 50 or more, failed below', () => {
    const lms = lmsWith()
    const { store } = launch(lms)
    store.getState().submitAssessment('a-eval')
    store.getState().setAssessmentDraft('b-eval', 'b-ev1', true)
    store.getState().setAssessmentDraft('b-eval', 'b-ev2', ['1'])
    store.getState().submitAssessment('b-eval')
    submit(store, 'c', true)
    submit(store, 'd', false)
    expect(lms.cmi().core.lesson_status).toBe('incomplete')
    submit(store, 'e', false)
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'failed', score: { raw: '40' } })
    submit(store, 'e', true)
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'passed', score: { raw: '60' } })
  })

  it('the pass mark is an option: 70 % turns the same grade into failed', () => {
    const lms = lmsWith()
    const { store } = launch(lms, { passPercent: 70 })
    store.getState().setAssessmentDraft('a-eval', 'a-ev1', '0')
    store.getState().setAssessmentDraft('a-eval', 'a-ev2', 'qemu-img')
    store.getState().submitAssessment('a-eval')
    submit(store, 'c', true)
    submit(store, 'd', true)
    submit(store, 'e', false)
    store.getState().submitAssessment('b-eval')
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'failed', score: { raw: '60' } })
    expect(writes(lms, 'cmi.core.lesson_status')).toEqual(['cmi.core.lesson_status=incomplete', 'cmi.core.lesson_status=failed'])
  })

  it('resume: the store starts from the saved progress and location, and nothing is written until a change', () => {
    const first = lmsWith()
    const one = launch(first)
    one.store.getState().checkAnswer('a-short', 'virsh list  --all')
    one.store.getState().showSolution('a-short')
    one.store.getState().markVisited('a', 3)
    one.session.setLocation('present/a.html#4.1')
    submit(one.store, 'c', true)
    submit(one.store, 'c', false)
    one.session.finish()
    const saved = first.cmi()
    expect(saved.core).toMatchObject({ exit: 'suspend', lesson_location: 'present/a.html#4.1' })

    const second = lmsWith({ core: { entry: 'resume', lesson_location: String(saved.core.lesson_location), lesson_status: String(saved.core.lesson_status), score: saved.core.score } as never, suspend_data: saved.suspend_data })
    const two = launch(second)
    expect(two.start).toMatchObject({ mode: 'normal', location: 'present/a.html#4.1', reading: { kind: 'restored' } })
    const state = two.store.getState()
    expect(state.answers['a-short']).toMatchObject({ response: 'virsh list  --all', checks: 1, solutionShownAt: START })
    expect(state.visits).toEqual({ a: [3] })
    expect(state.seed).toBe('seed-alu01')
    expect(assessmentResult(state.assessments['c-eval'], 'c-eval', shape.assessmentSpecs.get('c-eval')!)).toMatchObject({ attempts: 2, best: 10, last: 0 })
    vi.advanceTimersByTime(60_000)
    expect(second.calls).toEqual(['LMSInitialize'])
    two.store.getState().markVisited('a', 4)
    vi.advanceTimersByTime(1000)
    expect(second.calls.slice(1)).toEqual([`cmi.suspend_data=A1.${shape.hash}.seed-alu01.Y.,,,1!'virsh+list++--all.,,2:2s:0`, 'cmi.core.session_time=00:01:01.00', 'LMSCommit'])
  })

  it('a refused value: the student keeps working, is told, and the value goes again with the next change', () => {
    const lms = lmsWith()
    const { store, session, notices } = launch(lms)
    vi.advanceTimersByTime(60_000)
    lms.control.refuse = (element) => element === 'cmi.suspend_data'
    store.getState().checkAnswer('a-single', '2')
    vi.advanceTimersByTime(1000)
    expect(notices).toEqual([{ kind: 'unsaved', code: '405' }])
    expect(JSON.parse(session.readProgress()!).state.answers['a-single'].response).toBe('2')
    expect(store.getState().answers['a-single']).toBeDefined()
    lms.control.refuse = () => false
    store.getState().checkAnswer('a-tf', true)
    vi.advanceTimersByTime(5000)
    expect(notices.at(-1)).toEqual({ kind: 'saved' })
    expect(lms.cmi().suspend_data).toContain('.1-2,,1-1')
  })

  it('a refused commit is tried again at the next trigger, not lost', () => {
    const lms = lmsWith()
    const { store, session, notices } = launch(lms)
    const commit = lms.api.LMSCommit
    lms.api.LMSCommit = () => 'false'
    submit(store, 'c', true)
    expect(notices.at(-1)).toMatchObject({ kind: 'unsaved' })
    lms.api.LMSCommit = commit
    session.flush()
    expect(notices.at(-1)).toEqual({ kind: 'saved' })
    expect(lms.calls.filter((call) => call === 'LMSCommit').length).toBeGreaterThanOrEqual(2)
  })

  it('the LMS gone: no call throws, the progress stays in the launch page, a notice says so', () => {
    const lms = lmsWith()
    const { store, session, notices } = launch(lms)
    lms.control.gone = true
    expect(() => {
      store.getState().checkAnswer('a-single', '2')
      submit(store, 'c', true)
      vi.advanceTimersByTime(10_000)
      session.flush()
      session.finish()
    }).not.toThrow()
    expect(notices).toContainEqual({ kind: 'unsaved', code: 'gone' })
    const kept = JSON.parse(session.readProgress()!).state as ProgressData
    expect(kept.answers['a-single']!.response).toBe('2')
    expect(kept.assessments['c-eval']!.submissions).toHaveLength(1)
  })

  it.each(['review', 'browse'])('%s mode writes nothing, not even on leaving, and says so', (mode) => {
    const lms = lmsWith({ core: { lesson_mode: mode, credit: 'no-credit', entry: '', lesson_status: 'passed' } })
    const { store, session, notices } = launch(lms)
    store.getState().checkAnswer('a-single', '2')
    submit(store, 'c', true)
    vi.advanceTimersByTime(10_000)
    session.flush()
    session.finish()
    expect(lms.calls).toEqual(['LMSInitialize', 'LMSFinish'])
    expect(notices).toEqual([{ kind: 'read-only', mode }])
    expect(store.getState().answers['a-single']).toBeDefined()
  })

  it('leaving: session_time, exit=suspend, one commit and one LMSFinish, once', () => {
    const lms = lmsWith()
    const { store, session } = launch(lms)
    store.getState().checkAnswer('a-single', '2')
    vi.advanceTimersByTime(754_321)
    session.finish()
    session.finish()
    const tail = lms.calls.slice(lms.calls.indexOf('cmi.core.exit=suspend'))
    expect(tail).toEqual(['cmi.core.exit=suspend', 'cmi.core.session_time=00:12:34.32', 'LMSCommit', 'LMSFinish'])
    expect(lms.calls.filter((call) => call === 'LMSFinish')).toHaveLength(1)
    expect(lms.cmi().core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/)
  })

  it('hiding the page commits what is waiting at once, and nothing when nothing changed', () => {
    const lms = lmsWith()
    const { store, session } = launch(lms)
    vi.advanceTimersByTime(60_000)
    const before = commits(lms)
    session.flush()
    expect(commits(lms)).toBe(before)
    store.getState().checkAnswer('a-single', '2')
    session.flush()
    expect(commits(lms)).toBe(before + 1)
    vi.advanceTimersByTime(10_000)
    expect(commits(lms)).toBe(before + 1)
  })

  it('a course update sets the saved answers aside, tells the student once, and keeps the seed', () => {
    const lms = lmsWith({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: 'A1.0000000.seed-old.n.1-2.' })
    const { start, store, notices } = launch(lms)
    expect(start?.reading).toMatchObject({ kind: 'set-aside', reason: 'content-changed' })
    expect(notices).toEqual([{ kind: 'set-aside', reason: 'content-changed' }])
    expect(store.getState()).toMatchObject({ seed: 'seed-old', answers: {} })
    expect(store.getState().setAside[0]).toMatchObject({ where: 'cmi.suspend_data', value: 'A1.0000000.seed-old.n.1-2.' })
  })
})
