import { describe, expect, it } from 'vitest'
import { applyExceptions } from './exceptions.mjs'
import { folderCycles, folderEdges, folderOf } from './folder-graph.mjs'

const LAYERS = { roots: ['src', 'tests'], testOnly: ['\\.test\\.tsx?$', '^tests/'] }
const module = (source, ...resolved) => ({ source, dependencies: resolved.map((path) => ({ resolved: path })) })

describe('folderOf', () => {
  it.each([
    ['src/deck/position.ts', 'src/deck'],
    ['src/app/routes/print/print-page.tsx', 'src/app'],
    ['src/build-flags.d.ts', 'src'],
    ['mdx/remark-quiz.ts', 'mdx'],
    ['scripts/layers/check.mjs', 'scripts'],
  ])('%s is in %s', (path, folder) => expect(folderOf(path)).toBe(folder))
})

describe('folderEdges', () => {
  it('lists each import between folders under its folder pair, sorted, without tests, packages or imports inside a folder', () => {
    const edges = folderEdges([
      module('src/ui/header.tsx', 'src/i18n/strings.ts', 'src/ui/icons.tsx', 'node_modules/react/index.js'),
      module('src/app/main.tsx', 'src/ui/header.tsx', 'src/ui/icons.tsx', 'src/deck/position.ts'),
      module('src/deck/position.test.ts', 'src/app/main.tsx'),
      module('tests/e2e/x.ts', 'src/app/main.tsx'),
    ], LAYERS)
    expect([...edges]).toEqual([
      ['src/app -> src/deck', ['src/app/main.tsx -> src/deck/position.ts']],
      ['src/app -> src/ui', ['src/app/main.tsx -> src/ui/header.tsx', 'src/app/main.tsx -> src/ui/icons.tsx']],
      ['src/ui -> src/i18n', ['src/ui/header.tsx -> src/i18n/strings.ts']],
    ])
  })
})

describe('folderCycles', () => {
  it('finds no cycle in a layered graph', () => {
    expect(folderCycles(['app -> ui', 'app -> deck', 'ui -> deck', 'ui -> i18n', 'deck -> i18n'])).toEqual([])
  })

  it('finds two folders importing each other, and longer loops, once each', () => {
    expect(folderCycles(['app -> ui', 'ui -> app', 'quiz -> store', 'store -> lms', 'lms -> quiz', 'lms -> i18n'])).toEqual([
      ['lms', 'quiz', 'store'],
      ['app', 'ui'],
    ])
  })

  it('joins loops that share a folder into one group', () => {
    expect(folderCycles(['a -> b', 'b -> a', 'b -> c', 'c -> b'])).toEqual([['a', 'b', 'c']])
  })
})

describe('applyExceptions', () => {
  const exceptions = [
    { rule: 'ui-imports-no-app', from: '^src/ui/site-header\\.tsx$', to: '^src/app/', reason: 'the route context lives in app' },
    { rule: 'pure-imports-no-react', from: '^src/i18n/old\\.ts$', reason: 'fixed since' },
  ]

  it('excuses what an exception matches, keeps the rest as errors and reports exceptions that match nothing', () => {
    const result = applyExceptions([
      { rule: 'ui-imports-no-app', from: 'src/ui/site-header.tsx', to: 'src/app/route-context.ts' },
      { rule: 'ui-imports-no-app', from: 'src/ui/route-link.tsx', to: 'src/app/route-context.ts' },
      { rule: 'content-imports-no-chrome', from: 'src/ui/site-header.tsx', to: 'src/app/route-context.ts' },
    ], exceptions)
    expect(result.excused).toEqual([{ rule: 'ui-imports-no-app', from: 'src/ui/site-header.tsx', to: 'src/app/route-context.ts', reason: 'the route context lives in app' }])
    expect(result.errors.map((error) => `${error.rule} ${error.from}`)).toEqual(['ui-imports-no-app src/ui/route-link.tsx', 'content-imports-no-chrome src/ui/site-header.tsx'])
    expect(result.unused).toEqual([exceptions[1]])
  })
})
