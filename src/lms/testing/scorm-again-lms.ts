import type Scorm12ApiClass from 'scorm-again/scorm12'
import * as scorm12 from 'scorm-again/scorm12'
import type { Scorm12Api } from '../scorm-api.ts'
import { SUSPEND_DATA_LIMIT } from '../suspend-data.ts'

// The package's types declare a default export; its ESM build exports the class by name.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass }

/** What Moodle would hand the player for this attempt (entry, mode, saved values). */
export interface Preload {
  core?: Record<string, unknown>
  suspend_data?: string
}

/**
 * scorm-again's SCORM 1.2 runtime as the LMS (test-only), behind a shim
 * that records every call, refuses suspend_data over 4096 characters as
 * Moodle's standard mode does (scorm-again allows 64000), and can refuse
 * values or vanish on demand.
 */
export function openLms(preload: Preload = {}) {
  const lms = new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 })
  lms.loadFromJSON({
    core: { student_id: 'alu01', student_name: 'Pérez, Ana', credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio', ...preload.core },
    ...(preload.suspend_data !== undefined ? { suspend_data: preload.suspend_data } : {}),
  } as never)
  const calls: string[] = []
  const violations: string[] = []
  let forcedError: string | undefined
  const control = { refuse: (_element: string) => false, gone: false }
  const guard = () => {
    if (control.gone) throw new Error('the LMS window is gone')
  }
  const api: Scorm12Api = {
    LMSInitialize: () => (guard(), calls.push('LMSInitialize'), lms.LMSInitialize()),
    LMSFinish: () => (guard(), calls.push('LMSFinish'), lms.LMSFinish()),
    LMSGetValue: (element) => (guard(), lms.LMSGetValue(element)),
    LMSSetValue: (element, value) => {
      guard()
      calls.push(`${element}=${value}`)
      forcedError = undefined
      if (element === 'cmi.suspend_data' && value.length > SUSPEND_DATA_LIMIT) violations.push(value)
      if (control.refuse(element) || (element === 'cmi.suspend_data' && value.length > SUSPEND_DATA_LIMIT)) {
        forcedError = '405'
        return 'false'
      }
      return lms.LMSSetValue(element, value)
    },
    LMSCommit: () => (guard(), calls.push('LMSCommit'), lms.LMSCommit()),
    LMSGetLastError: () => forcedError ?? String(lms.LMSGetLastError()),
    LMSGetErrorString: (code) => lms.LMSGetErrorString(code),
    LMSGetDiagnostic: (code) => lms.LMSGetDiagnostic(code),
  }
  /** The whole data model, write-only elements (exit, session_time) included. */
  const cmi = () => (lms.renderCommitCMI(true) as { cmi: unknown }).cmi as {
    core: Record<string, unknown> & { score: Record<string, string> }
    suspend_data: string
  }
  return { api, calls, violations, control, cmi }
}

export type TestLms = ReturnType<typeof openLms>
