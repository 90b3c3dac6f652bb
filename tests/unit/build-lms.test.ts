import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { readGift } from '../../lms/exported-questions.ts'
import { afterAll, describe, expect, it } from 'vitest'

/* `npm run build:lms` as a teacher runs it: the real script, its files on disk. */
const temporary: string[] = []
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function buildLms(lessonsDir?: string) {
  const out = mkdtempSync(join(tmpdir(), 'aulavirt-lms-'))
  temporary.push(out)
  const result = spawnSync('npm', ['run', '--silent', 'build:lms', '--', out], {
    env: { ...process.env, ...(lessonsDir ? { AULAVIRT_LESSONS_DIR: lessonsDir } : {}) },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out }
}

describe('npm run build:lms', () => {
  const { status, output, out } = buildLms()

  it('writes the Moodle XML and GIFT files of both languages, each with the 72 questions', () => {
    expect(status, output).toBe(0)
    const files = readdirSync(out).sort()
    expect(files).toEqual([
      'aulavirt-preguntas-en.gift.txt', 'aulavirt-preguntas-en.moodle-4.1.xml', 'aulavirt-preguntas-en.moodle.xml',
      'aulavirt-preguntas-es.gift.txt', 'aulavirt-preguntas-es.moodle-4.1.xml', 'aulavirt-preguntas-es.moodle.xml',
    ])
    for (const file of files.filter((name) => name.endsWith('.gift.txt'))) {
      const { parsed, ordering } = readGift(readFileSync(join(out, file), 'utf8'))
      expect(parsed.filter((question) => question.type !== 'Category').length + ordering.length, file).toBe(72)
      expect(output).toContain(`${file}  72 preguntas`)
    }
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'question' })
    for (const file of files.filter((name) => name.endsWith('.xml'))) {
      const questions = (parser.parse(readFileSync(join(out, file), 'utf8')) as { quiz: { question: { type: string }[] } }).quiz.question
      expect(questions.filter((question) => question.type !== 'category'), file).toHaveLength(72)
      expect(questions.filter((question) => question.type === 'category'), file).toHaveLength(5)
      expect(output).toContain(`${file}  72 preguntas`)
      expect(statSync(join(out, file)).size).toBeGreaterThan(0)
    }
  })

  it('stops with the file, the line and the reason when a question cannot be exported', () => {
    const course = mkdtempSync(join(tmpdir(), 'aulavirt-course-'))
    temporary.push(course)
    cpSync('tests/fixtures/lms/lessons/00-prueba', join(course, '01-prueba'), { recursive: true })
    mkdirSync(join(course, '02-rota'))
    writeFileSync(join(course, '02-rota', 'es.mdx'), `---
id: rota
title: Rota
order: 2
summary: Una pregunta que Moodle no puede corregir como el curso.
minutes: 1
goals:
  - Romper.
---

<Matching id="rota-dos">
<Prompt>Relaciona.</Prompt>
<Pair left="a" right="x" />
<Pair left="b" right="y" />
<Explanation>Así.</Explanation>
</Matching>
`)
    const broken = buildLms(course)
    expect(broken.status).not.toBe(0)
    expect(broken.output).toContain(`${join(course, '02-rota', 'es.mdx')}:11:1: pregunta «rota-dos»: Moodle exige al menos 3 parejas`)
    expect(readdirSync(broken.out)).toEqual([])
  })
})
