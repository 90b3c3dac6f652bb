import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/*
 * The real production build, pointed at a course made of one broken lesson
 * (fixtures outside content/). An author must see the file, the line and the
 * reason, and the build must fail.
 */
const temporary: string[] = []
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function buildCourseWith(fixture: string) {
  const course = mkdtempSync(join(tmpdir(), 'aulavirt-course-'))
  const out = mkdtempSync(join(tmpdir(), 'aulavirt-dist-'))
  temporary.push(course, out)
  cpSync(`tests/fixtures/broken-lessons/${fixture}`, join(course, `01-${fixture}`), { recursive: true })
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, AULAVIRT_LESSONS_DIR: course },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, course }
}

describe('npm run build with a malformed lesson', () => {
  it('fails on bad metadata with the file, the line of the frontmatter and every reason', () => {
    const { status, output } = buildCourseWith('bad-metadata')
    expect(status).not.toBe(0)
    expect(output).toMatch(/01-bad-metadata\/es\.mdx:1:1: metadatos de la lección: .*id «Metadatos Mal».*order.*minutes/)
  })

  it('fails on an unclosed JSX tag with the file, the line of the tag and the reason', () => {
    const { status, output } = buildCourseWith('unclosed-jsx-tag')
    expect(status).not.toBe(0)
    expect(output).toMatch(/01-unclosed-jsx-tag\/es\.mdx:17:1: Expected a closing tag for `<Callout>`/)
  })

  it('fails on a quiz mistake with the file, the line and the reason', () => {
    const { status, output } = buildCourseWith('two-correct-in-single')
    expect(status).not.toBe(0)
    expect(output).toMatch(/01-two-correct-in-single\/es\.mdx:17:1: .*2 opciones correctas/)
  })

  it('fails on option feedback it cannot render with the file, the line of the option and the reason', () => {
    const { status, output } = buildCourseWith('feedback-not-inline')
    expect(status).not.toBe(0)
    expect(output).toMatch(/01-feedback-not-inline\/es\.mdx:20:3: .*feedback de la opción 2 no se puede mostrar/)
  })
})
