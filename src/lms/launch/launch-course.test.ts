// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LMS_BRIDGE_NAME, type LmsBridge } from '../../store/lms-storage.ts'
import { courseShape } from '../course-shape.ts'
import { type Preload, type TestLms, openLms } from '../testing/scorm-again-lms.ts'
import { FIVE_LESSONS } from '../testing/fixture-course.ts'
import { LOCATION_POLL, launchCourse } from './launch-course.ts'

const shape = courseShape(FIVE_LESSONS)
const ROOT = new URL('./', window.location.href).href

let frame: HTMLIFrameElement
let noticeBar: HTMLElement
/** What the course page in the frame shows; the launch page reads it as a browser would. */
let framedAddress = 'about:blank'

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 9), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  document.body.innerHTML = '<p id="lms-notice" role="status" hidden></p><iframe id="course" title="Curso"></iframe>'
  frame = document.querySelector('iframe')!
  noticeBar = document.querySelector('#lms-notice')!
  framedAddress = 'about:blank'
  Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => ({ location: { get href() { return framedAddress } } }) })
})

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[LMS_BRIDGE_NAME]
  vi.useRealTimers()
})

function launchWith(preload?: Preload, passPercent = 50): { lms: TestLms; result: ReturnType<typeof launchCourse> } {
  const lms = openLms(preload)
  const result = launchCourse({ page: window, frame, noticeBar, shape, passPercent, api: lms.api })
  return { lms, result }
}

const bridge = () => (window as unknown as Record<string, LmsBridge | undefined>)[LMS_BRIDGE_NAME]
const initializations = (lms: TestLms) => lms.calls.filter((call) => call === 'LMSInitialize').length

describe('the SCORM launch page', () => {
  it('without an LMS, opens the normal course instead', () => {
    const goTo = vi.fn()
    expect(launchCourse({ page: window, frame, noticeBar, shape, passPercent: 50, goTo })).toBe('standalone')
    expect(goTo).toHaveBeenCalledWith(`${ROOT}index.html`)
    expect(bridge()).toBeUndefined()
  })

  it('on a first attempt: initialises once, sets incomplete, opens the home page and offers the bridge', () => {
    const { lms, result } = launchWith()
    expect(result).toBe('session')
    expect(initializations(lms)).toBe(1)
    expect(lms.cmi().core.lesson_status).toBe('incomplete')
    expect(frame.src).toBe(`${ROOT}index.html`)
    expect(bridge()).toMatchObject({ version: 1 })
    expect(bridge()!.readProgress()).toBeNull()
  })

  it('on resume: opens the saved page, slide and step, and hands the course its saved progress', () => {
    const { result, lms } = launchWith({ core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: 'present/qemu-kvm.html#4.2' }, suspend_data: `A1.${shape.hash}.seed-x..1-2.` })
    expect(result).toBe('session')
    expect(frame.src).toBe(`${ROOT}present/qemu-kvm.html#4.2`)
    expect(JSON.parse(bridge()!.readProgress()!).state.answers['a-single']).toMatchObject({ response: '2', checks: 1 })
    expect(lms.calls).toEqual(['LMSInitialize'])
  })

  it('opens the home page for a saved location it does not know', () => {
    launchWith({ core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: 'L2/S14/1' } })
    expect(frame.src).toBe(`${ROOT}index.html`)
  })

  it('keeps one session while the student moves between lessons, and reports where they are', () => {
    const { lms } = launchWith()
    for (const address of ['present/introduccion.html#1', 'lesson/libvirt.html#7', 'present/lxc-lxd.html#3.1']) {
      framedAddress = `${ROOT}${address}`
      frame.dispatchEvent(new Event('load'))
      vi.advanceTimersByTime(LOCATION_POLL)
    }
    vi.advanceTimersByTime(10_000)
    expect(initializations(lms)).toBe(1)
    expect(lms.cmi().core.lesson_location).toBe('present/lxc-lxd.html#3.1')
    framedAddress = `${ROOT}present/lxc-lxd.html#5`
    vi.advanceTimersByTime(LOCATION_POLL)
    window.dispatchEvent(new Event('pagehide'))
    expect(lms.cmi().core).toMatchObject({ lesson_location: 'present/lxc-lxd.html#5', exit: 'suspend' })
  })

  it('leaving the page finishes the session once, with exit=suspend', () => {
    const { lms } = launchWith()
    window.dispatchEvent(new Event('pagehide'))
    window.dispatchEvent(new Event('pagehide'))
    expect(lms.calls.filter((call) => call === 'LMSFinish')).toHaveLength(1)
    expect(lms.cmi().core.exit).toBe('suspend')
  })

  it('hiding the page sends what is waiting at once', () => {
    const { lms } = launchWith()
    vi.advanceTimersByTime(60_000)
    bridge()!.writeProgress(JSON.stringify({ state: { seed: 's', answers: {}, assessments: {}, visits: { a: [0, 1] }, setAside: [] }, version: 2 }))
    const commits = lms.calls.filter((call) => call === 'LMSCommit').length
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' })
    expect(lms.calls.filter((call) => call === 'LMSCommit')).toHaveLength(commits + 1)
    expect(lms.cmi().suspend_data).toBe(`A1.${shape.hash}.s.D..`)
  })

  it('tells the student discreetly when Moodle refuses a value, and when it is saved after all', () => {
    const { lms } = launchWith()
    vi.advanceTimersByTime(60_000)
    lms.control.refuse = (element) => element === 'cmi.suspend_data'
    bridge()!.writeProgress(JSON.stringify({ state: { seed: 's', answers: {}, assessments: {}, visits: {}, setAside: [] }, version: 2 }))
    vi.advanceTimersByTime(1000)
    expect(noticeBar.hidden).toBe(false)
    expect(noticeBar.textContent).toContain('No se ha podido guardar en Moodle (error 405)')
    expect(noticeBar.querySelector('button')!.getAttribute('aria-label')).toBe('Cerrar aviso')
    lms.control.refuse = () => false
    bridge()!.writeProgress(JSON.stringify({ state: { seed: 's2', answers: {}, assessments: {}, visits: {}, setAside: [] }, version: 2 }))
    vi.advanceTimersByTime(5000)
    expect(noticeBar.textContent).toContain('Guardado en Moodle.')
    vi.advanceTimersByTime(4000)
    expect(noticeBar.hidden).toBe(true)
  })

  it('tells apart saved progress of another format from one damaged entry', () => {
    launchWith({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: '{"lesson":3}' })
    expect(noticeBar.textContent).toContain('no tiene el formato de este curso')
    expect(noticeBar.textContent).toContain('empieza en blanco')
    document.body.innerHTML = '<p id="lms-notice" role="status" hidden></p><iframe id="course" title="Curso"></iframe>'
    noticeBar = document.querySelector('#lms-notice')!
    frame = document.querySelector('iframe')!
    launchWith({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: `A1.${shape.hash}.s..1-2,1-x.` })
    expect(noticeBar.textContent).toContain('Parte del progreso guardado en Moodle no se ha podido leer')
    expect(bridge()!.readProgress()).toContain('"a-single"')
  })

  it('says when it is in review mode, and writes nothing', () => {
    const { lms } = launchWith({ core: { lesson_mode: 'review', credit: 'no-credit', lesson_status: 'passed', entry: '' } })
    expect(noticeBar.textContent).toContain('Modo revisión')
    bridge()!.writeProgress(JSON.stringify({ state: { seed: 's', answers: {}, assessments: {}, visits: {}, setAside: [] }, version: 2 }))
    window.dispatchEvent(new Event('pagehide'))
    expect(lms.calls).toEqual(['LMSInitialize', 'LMSFinish'])
  })

  it('when the LMS will not open a session, says so and opens the course without the bridge', () => {
    const lms = openLms()
    lms.api.LMSInitialize('')
    const result = launchCourse({ page: window, frame, noticeBar, shape, passPercent: 50, api: lms.api })
    expect(result).toBe('no-session')
    expect(noticeBar.textContent).toContain('Moodle no ha abierto la sesión')
    expect(frame.src).toBe(`${ROOT}index.html`)
    expect(bridge()).toBeUndefined()
  })
})
