import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { questionFileName } from '../src/lms/download-names.ts'
import { gift } from './gift.ts'
import { moodleXml } from './moodle-xml.ts'
import { type Lang, readCourseQuestions } from './question-bank.ts'

export interface LmsFile {
  name: string
  bytes: number
  questions: number
}

const LANGS: Lang[] = ['es', 'en']

/** Writes the course's question bank files into `outDir` (emptied first); returns what it wrote. */
export function buildLms(lessonsDir: string, outDir: string): LmsFile[] {
  const outputs: { name: string; content: string; questions: number }[] = []
  for (const lang of LANGS) {
    const lessons = readCourseQuestions(lessonsDir, lang)
    const questions = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0)
    outputs.push(
      { name: questionFileName(lang, 'moodle-xml'), content: moodleXml(lessons, { lang, ordering: 'native' }), questions },
      { name: questionFileName(lang, 'moodle-xml-4.1'), content: moodleXml(lessons, { lang, ordering: 'matching' }), questions },
      { name: questionFileName(lang, 'gift'), content: gift(lessons, lang), questions },
    )
  }
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  return outputs.map(({ name, content, questions }) => {
    writeFileSync(join(outDir, name), content)
    return { name, bytes: Buffer.byteLength(content), questions }
  })
}
