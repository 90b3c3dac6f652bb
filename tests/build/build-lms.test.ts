import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { unzipSync } from 'fflate'
import { readGift } from '../../lms/exported-questions.ts'
import { SCORM_SCHEMAS } from '../../lms/scorm-package.ts'
import { manifestSchemaErrors } from '../../lms/testing/validate-manifest.ts'
import { afterAll, describe, expect, it } from 'vitest'

/* `npm run build:lms` as a teacher runs it: the real script, its files on disk. */
const temporary: string[] = []
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function buildLms(lessonsDir?: string, timeZone = 'UTC') {
  const out = mkdtempSync(join(tmpdir(), 'aulavirt-lms-'))
  temporary.push(out)
  const result = spawnSync('npm', ['run', '--silent', 'build:lms', '--', out], {
    env: { ...process.env, TZ: timeZone, ...(lessonsDir ? { AULAVIRT_LESSONS_DIR: lessonsDir } : {}) },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out }
}

describe('npm run build:lms', () => {
  const { status, output, out } = buildLms()

  it('writes the Moodle XML and GIFT files of both languages, each with the 72 questions', () => {
    expect(status, output).toBe(0)
    const files = readdirSync(out).filter((name) => !name.endsWith('.zip')).sort()
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

  describe('the SCORM 1.2 package', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    const zipName = `aulavirt-scorm12-${version}.zip`
    const zip = () => readFileSync(join(out, zipName))
    const entries = () => unzipSync(zip())
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
    const manifest = () => decode(entries()['imsmanifest.xml']!)
    const listed = () => [...manifest().matchAll(/<file href="([^"]+)"\/>/g)].map((match) => decodeURI(match[1]!))

    it('is one zip with the manifest and its four schemas at the root, next to the launch page', () => {
      expect(status, output).toBe(0)
      expect(readdirSync(out).filter((name) => name.endsWith('.zip'))).toEqual([zipName])
      expect(output).toMatch(new RegExp(`${zipName}  SCORM 1\\.2, \\d+ archivos del curso  \\d+\\.\\d KiB`))
      const names = Object.keys(entries())
      expect(names.slice(0, 5)).toEqual(['imsmanifest.xml', ...SCORM_SCHEMAS])
      expect(names).toContain('scorm.html')
      expect(names.every((name) => !name.endsWith('/') && !name.startsWith('/') && !name.includes('\\'))).toBe(true)
      for (const schema of SCORM_SCHEMAS) expect(entries()[schema]).toEqual(new Uint8Array(readFileSync(join('lms/scorm12-schemas', schema))))
    })

    it('has a manifest valid against the SCORM 1.2 schemas whose one SCO lists every file of the course and nothing else', async () => {
      expect(await manifestSchemaErrors(manifest())).toEqual([])
      expect(manifest()).toContain('adlcp:scormtype="sco" href="scorm.html"')
      const course = Object.keys(entries()).filter((name) => name !== 'imsmanifest.xml' && !SCORM_SCHEMAS.includes(name))
      expect(listed()).toEqual([...course].sort())
      expect(listed()).toEqual(expect.arrayContaining(['scorm.html', 'index.html', 'lesson/tipos.html', 'en/lesson/tipos.html', 'progress.html']))
    })

    it('uses relative URLs only, registers no service worker and carries none of the downloads for teachers', () => {
      const files = entries()
      const names = Object.keys(files)
      expect(names.filter((name) => /(^|\/)(sw|service-worker|workbox-[^/]*)\.js$/.test(name))).toEqual([])
      expect(names.filter((name) => /\.(zip|gift\.txt)$|moodle[^/]*\.xml$/.test(name))).toEqual([])
      // The teachers' page (the downloads' guide) is not even compiled in: PAGES skips it in this build.
      expect(names.filter((name) => /teachers/.test(name))).toEqual([])
      const rooted: string[] = []
      for (const name of names.filter((entry) => /\.(html|css|js)$/.test(entry))) {
        const content = decode(files[name]!)
        expect(content, name).not.toContain('serviceWorker')
        // What the page loads (scripts, styles, images, frames, preloads): never from the site's root or another host.
        for (const match of content.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*?\s(?:src|href)="([^"]*)"/g)) {
          if (/^(\/|https?:|\/\/)/.test(match[1]!)) rooted.push(`${name}: ${match[1]}`)
        }
        for (const match of content.matchAll(/url\((['"]?)([^)'"]*)\1\)/g)) {
          if (/^(\/|https?:)/.test(match[2]!)) rooted.push(`${name}: url(${match[2]})`)
        }
        if (name.endsWith('.js')) for (const match of content.matchAll(/["'`](\/assets\/[^"'`]*)/g)) rooted.push(`${name}: ${match[1]}`)
      }
      expect(rooted).toEqual([])
    })

    it('is the same bytes when built again in another time zone', () => {
      const again = buildLms(undefined, 'Pacific/Kiritimati')
      expect(again.status, again.output).toBe(0)
      const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
      expect(sha(readFileSync(join(again.out, zipName)))).toBe(sha(zip()))
    })
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
