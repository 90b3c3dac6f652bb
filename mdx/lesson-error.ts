/**
 * One message format for every lesson error, whoever raised it (our plugins,
 * the MDX parser, YAML): `file:line:column: reason`, which editors and
 * terminals turn into a link to the place.
 */
export function describeLessonError(error: unknown, path: string): string {
  const message = error as { reason?: unknown; message?: unknown; line?: unknown; column?: unknown; place?: unknown }
  let reason = String(message.reason ?? message.message ?? error)
  let line = typeof message.line === 'number' ? message.line : undefined
  let column = typeof message.column === 'number' ? message.column : undefined
  const place = message.place as { line?: number; column?: number; start?: { line?: number; column?: number } } | undefined
  if (line === undefined && place) {
    line = place.start?.line ?? place.line
    column = place.start?.column ?? place.column
  }
  // The MDX parser reports some errors at 1:1 with the real place in the text: "… (17:1-17:25)".
  const inText = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(reason)
  if (inText && (line === undefined || line === 1)) {
    line = Number(inText[1])
    column = Number(inText[2])
    reason = reason.slice(0, inText.index)
  }
  return `${path}:${line ?? 1}:${column ?? 1}: ${reason}`
}

export class LessonError extends Error {
  constructor(error: unknown, path: string) {
    super(describeLessonError(error, path))
    this.name = 'LessonError'
  }
}
