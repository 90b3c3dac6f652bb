/** Lesson metadata as authors write it in the MDX frontmatter. */
export interface LessonMeta {
  id: string
  title: string
  order: number
  summary: string
  minutes: number
  goals: string[]
}

export interface MetaProblem {
  field: string
  reason: string
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

/** Returns every problem found in a frontmatter object; an empty list means it is valid. */
export function findMetaProblems(value: unknown): MetaProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ field: 'frontmatter', reason: 'falta el bloque de metadatos (--- id, title, order, summary, minutes, goals ---)' }]
  }
  const meta = value as Record<string, unknown>
  const problems: MetaProblem[] = []
  if (!isNonEmptyString(meta.id)) problems.push({ field: 'id', reason: 'falta el id de la lección' })
  else if (!ID_PATTERN.test(meta.id)) problems.push({ field: 'id', reason: `el id «${meta.id}» solo puede tener minúsculas, cifras y guiones` })
  for (const field of ['title', 'summary'] as const) {
    if (!isNonEmptyString(meta[field])) problems.push({ field, reason: `falta «${field}» o está vacío` })
  }
  if (!Number.isInteger(meta.order) || (meta.order as number) < 1) {
    problems.push({ field: 'order', reason: '«order» debe ser un entero positivo' })
  }
  if (typeof meta.minutes !== 'number' || !Number.isFinite(meta.minutes) || meta.minutes <= 0 || meta.minutes > 600) {
    problems.push({ field: 'minutes', reason: '«minutes» debe ser un número de minutos entre 1 y 600' })
  }
  if (!Array.isArray(meta.goals) || meta.goals.length === 0 || !meta.goals.every(isNonEmptyString)) {
    problems.push({ field: 'goals', reason: '«goals» debe ser una lista con al menos un objetivo de texto' })
  }
  return problems
}
