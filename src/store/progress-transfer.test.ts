import { describe, expect, it } from 'vitest'
import { en } from '../i18n/strings-en.ts'
import { es } from '../i18n/strings.ts'
import type { LessonProgress } from './lesson-progress.ts'
import { exportProgressCsv } from './progress-transfer.ts'

const LESSONS: LessonProgress[] = [
  { lessonId: 'introduccion', title: 'Introducción; primera parte', order: 1, visited: 12, slides: 18, quiz: { answered: 3, total: 4, earned: 2.5 }, assessment: { attempts: 2, best: 7.5, last: 6 } },
  { lessonId: 'tipos', title: 'Tipos, "clásicos"', order: 2, visited: 0, slides: 24, quiz: { answered: 0, total: 0, earned: 0 }, assessment: { attempts: 0 } },
]

const rowsOf = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n')

describe('exportProgressCsv', () => {
  it('Spanish: BOM, semicolons, decimal commas, Spanish column titles', () => {
    const csv = exportProgressCsv(LESSONS, es.progress.csvHeaders, es.progress.csvStyle)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, first, second] = rowsOf(csv)
    expect(header).toBe('Lección;Título;Diapositivas vistas;Diapositivas;Preguntas respondidas;Preguntas;Puntuación cuestionarios (%);Autoevaluación: mejor nota;Autoevaluación: última nota;Autoevaluación: intentos')
    expect(first).toBe('1;"Introducción; primera parte";12;18;3;4;62,5;7,5;6,0;2')
    // A comma is not special here; quotes are doubled; no score is an empty cell, not 0.
    expect(second).toBe('2;"Tipos, ""clásicos""";0;24;0;0;;;;0')
  })

  it('English: commas, decimal points, English column titles', () => {
    const [header, first, second] = rowsOf(exportProgressCsv(LESSONS, en.progress.csvHeaders, en.progress.csvStyle))
    expect(header).toBe('Lesson,Title,Slides seen,Slides,Questions answered,Questions,Quiz score (%),Self-assessment: best grade,Self-assessment: last grade,Self-assessment: attempts')
    expect(first).toBe('1,Introducción; primera parte,12,18,3,4,62.5,7.5,6.0,2')
    expect(second).toBe('2,"Tipos, ""clásicos""",0,24,0,0,,,,0')
  })

  it('has one column title per column', () => {
    for (const strings of [es, en]) {
      const [header, row] = rowsOf(exportProgressCsv(LESSONS.slice(1), strings.progress.csvHeaders, strings.progress.csvStyle))
      const separator = strings.progress.csvStyle === 'decimal-comma' ? ';' : ','
      expect(header!.split(separator)).toHaveLength(10)
      expect(row!.replace(/"[^"]*(""[^"]*)*"/g, 'x').split(separator)).toHaveLength(10)
    }
  })
})
