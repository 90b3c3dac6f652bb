import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/*
 * `npm run check:layers` on the project as it is, and on throwaway copies with one
 * import added: the check must name the file and the rule, and fail.
 */
const temporary: string[] = []
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function checkLayers(cwd: string) {
  const result = spawnSync(process.execPath, ['scripts/check-layers.mjs'], { cwd, encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

function copyWith(file: string, line: string) {
  const copy = mkdtempSync(join(tmpdir(), 'aulavirt-layers-'))
  temporary.push(copy)
  for (const entry of ['src', 'mdx', 'scripts', 'lms', 'tests', '.dependency-cruiser.cjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, join(copy, entry), { recursive: true })
  }
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir')
  appendFileSync(join(copy, file), `\n${line}\n`)
  return copy
}

function sourceFileCount(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|mts|mjs|js|cjs)$/.test(name) && !/\.d\.m?ts$/.test(name)).length
}

describe('npm run check:layers', () => {
  it('passes on the project and says how many modules it read, at least every source file', () => {
    const { status, output } = checkLayers('.')
    expect(output).toMatch(/no forbidden import, no folder cycle/)
    expect(status).toBe(0)
    const cruised = Number(/(\d+) modules and \d+ dependencies cruised/.exec(output)?.[1])
    const sources = ['src', 'mdx', 'scripts', 'lms', 'tests'].reduce((sum, dir) => sum + sourceFileCount(dir), 0)
    expect(sources).toBeGreaterThan(250)
    expect(cruised).toBeGreaterThanOrEqual(sources)
    expect(output).toContain(`${sources} source files in src, mdx, scripts, lms and tests`)
  })

  // A forbidden import added to a copy of the project: the check names the import and the rule it breaks.
  it.each([
    ['ui importing app', 'src/ui/help-dialog.tsx', "import '../app/main.tsx'", 'src/app/main.tsx', 'ui-imports-no-app'],
    ['React in a pure folder', 'src/deck/position.ts', "export { useState } from 'react'", 'node_modules/react/index.js', 'pure-imports-no-react'],
    ['the app importing a build tool', 'src/lessons/registry-core.ts', "import '../../scripts/chromium.mjs'", 'scripts/chromium.mjs', 'scripts-only-from-tests'],
    ['shipped code importing a test helper', 'src/app/main.tsx', "import '../store/testing/test-progress-store.ts'", 'src/store/testing/test-progress-store.ts', 'tests-only-from-tests'],
  ])('fails on %s, naming the file and the rule', (_what, file, line, imported, rule) => {
    const { status, output } = checkLayers(copyWith(file, line))
    expect(status).toBe(1)
    expect(output).toContain(`${file} → ${imported}`)
    expect(output).toContain(`breaks «${rule}»`)
  })

  it('fails on two folders importing each other, naming the imports between them', () => {
    const { status, output } = checkLayers(copyWith('src/store/selectors.ts', "import '../lms/cmi-format.ts'"))
    expect(status).toBe(1)
    expect(output).toContain('Folders import each other: src/lms, src/store')
    expect(output).toContain('src/store -> src/lms (src/store/selectors.ts -> src/lms/cmi-format.ts)')
  })
})
