import type { SliceTools } from './slice-tools.ts'

/** The slides the student has seen, per lesson: each once, in order. */
export interface VisitsSlice {
  visits: Record<string, number[]>
  markVisited(lessonId: string, slide: number): void
}

export function createVisitsSlice({ set, get }: SliceTools<VisitsSlice>): VisitsSlice {
  return {
    visits: {},
    markVisited(lessonId, slide) {
      const seen = get().visits[lessonId] ?? []
      if (seen.includes(slide)) return
      set({ visits: { ...get().visits, [lessonId]: [...seen, slide].sort((a, b) => a - b) } })
    },
  }
}
