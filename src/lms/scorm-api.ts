/** The SCORM 1.2 runtime API an LMS puts on a window as `API` (every value is a string). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string
  LMSFinish(parameter: ''): string
  LMSGetValue(element: string): string
  LMSSetValue(element: string, value: string): string
  LMSCommit(parameter: ''): string
  LMSGetLastError(): string
  LMSGetErrorString(code: string): string
  LMSGetDiagnostic(code: string): string
}

/** The data model elements this course reads or writes, and no other (SCORM 2004 names are a classic mistake). */
export const CMI = {
  entry: 'cmi.core.entry',
  lessonMode: 'cmi.core.lesson_mode',
  location: 'cmi.core.lesson_location',
  status: 'cmi.core.lesson_status',
  scoreRaw: 'cmi.core.score.raw',
  scoreMin: 'cmi.core.score.min',
  scoreMax: 'cmi.core.score.max',
  sessionTime: 'cmi.core.session_time',
  exit: 'cmi.core.exit',
  suspendData: 'cmi.suspend_data',
} as const

/** What a call gave: its value, or the LMS's error code ('gone' when the API threw, e.g. its window closed). */
export type ApiResult = { ok: true; value: string } | { ok: false; code: string }

/** Calls the API without ever throwing, and reads the error code when it says no. */
export function callApi(api: Scorm12Api, call: (api: Scorm12Api) => string, isSuccess: (value: string) => boolean): ApiResult {
  try {
    const value = String(call(api))
    if (isSuccess(value)) return { ok: true, value }
    const code = String(api.LMSGetLastError())
    return code === '0' && value !== 'false' ? { ok: true, value } : { ok: false, code: code === '0' ? '101' : code }
  } catch {
    return { ok: false, code: 'gone' }
  }
}
