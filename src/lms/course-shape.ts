import type { QuestionSpec } from '../quiz/model.ts'
import { hashString } from '../quiz/shuffle.ts'

/** The lessons of the course in order, with their question specs in source order. */
export interface CourseLessons {
  lessons: readonly { meta: { id: string }; questions: readonly QuestionSpec[] }[]
}

/**
 * What the suspend_data codec numbers by position: the lessons, the embedded
 * questions and the self-assessments of the course, in course order, and a
 * hash of all of it. Two builds with the same hash read each other's strings.
 */
export interface CourseShape {
  lessonIds: string[]
  embedded: QuestionSpec[]
  assessmentIds: string[]
  /** The questions of each self-assessment, to grade its submissions. */
  assessmentSpecs: ReadonlyMap<string, QuestionSpec[]>
  /** 7 base36 characters. */
  hash: string
}

/** The part of a spec a saved response depends on: its type and how many options, items or pairs it has. */
function questionSignature(spec: QuestionSpec): string {
  switch (spec.type) {
    case 'single':
    case 'multiple':
      return `${spec.id}:${spec.type}:${spec.options.length}`
    case 'truefalse':
    case 'short':
      return `${spec.id}:${spec.type}`
    case 'matching':
      return `${spec.id}:${spec.type}:${spec.lefts.length}:${new Set(spec.rights).size}`
    case 'ordering':
      return `${spec.id}:${spec.type}:${spec.items.length}`
  }
}

export function courseShape(course: CourseLessons): CourseShape {
  const embedded: QuestionSpec[] = []
  const assessmentIds: string[] = []
  const assessmentSpecs = new Map<string, QuestionSpec[]>()
  const signature: string[] = []
  for (const lesson of course.lessons) {
    signature.push(`L${lesson.meta.id}`)
    for (const spec of lesson.questions) {
      signature.push(`${questionSignature(spec)}${spec.assessment ? `@${spec.assessment}` : ''}`)
      if (!spec.assessment) embedded.push(spec)
      else {
        if (!assessmentIds.includes(spec.assessment)) assessmentIds.push(spec.assessment)
        assessmentSpecs.set(spec.assessment, [...(assessmentSpecs.get(spec.assessment) ?? []), spec])
      }
    }
  }
  return {
    lessonIds: course.lessons.map((lesson) => lesson.meta.id),
    embedded,
    assessmentIds,
    assessmentSpecs,
    hash: hashString(signature.join('|')).toString(36).padStart(7, '0'),
  }
}
