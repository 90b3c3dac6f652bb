// Runs dependency-cruiser over the project with the rules of .dependency-cruiser.cjs and
// returns what `npm run check:layers` reports.
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, sep } from 'node:path'
import { applyExceptions } from './exceptions.mjs'
import { folderCycles, folderEdges } from './folder-graph.mjs'

const SOURCE_FILE = /\.(ts|tsx|mts|mjs|js|cjs)$/
const DECLARATION_FILE = /\.d\.m?ts$/

/**
 * dependency-cruiser 17 parses TypeScript only through a transpiler (TypeScript 7 has no
 * compiler API), and its swc parser never turns on JSX for .tsx files, so the first
 * component aborts the cruise (fixed upstream in 18.3, which needs Node 22). Until then,
 * parse .tsx files as TSX: the same change as upstream's, made on the shared module.
 */
function parseTsxAsTsx(require) {
  const swc = require('@swc/core')
  if (swc.parseFileSync.tsxAware) return
  const parseFileSync = swc.parseFileSync
  const tsxAware = (file, options) => parseFileSync.call(swc, file, { ...options, tsx: String(file).endsWith('.tsx') })
  tsxAware.tsxAware = true
  swc.parseFileSync = tsxAware
}

/** Every source file under the cruised folders: what the cruise must have read. */
export function sourceFiles(root, folders) {
  const files = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (SOURCE_FILE.test(entry.name) && !DECLARATION_FILE.test(entry.name)) files.push(relative(root, path).split(sep).join('/'))
    }
  }
  for (const folder of folders) walk(join(root, folder))
  return files.sort()
}

/**
 * @param {{ root: string }} options the project folder
 */
export async function checkLayers({ root }) {
  const require = createRequire(join(root, 'package.json'))
  parseTsxAsTsx(require)
  const config = require(join(root, '.dependency-cruiser.cjs'))
  const layers = config.aulavirtLayers
  const { cruise } = await import('dependency-cruiser')
  const { output: result } = await cruise(layers.roots, {
    validate: true,
    ruleSet: { forbidden: config.forbidden, options: config.options },
    ...config.options,
    baseDir: root,
  })

  const cruised = new Set(result.modules.map((module) => module.source))
  const expected = sourceFiles(root, layers.roots)
  const notCruised = expected.filter((file) => !cruised.has(file))
  const violations = result.summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
    ...(violation.cycle ? { cycle: violation.cycle.map((step) => step.name ?? step) } : {}),
  }))
  const edges = folderEdges(result.modules, { roots: layers.roots, testOnly: layers.TEST_ONLY })
  // A folder cycle is a violation of each import between its folders; named exceptions
  // take imports out of the cycle search.
  const folderImports = [...edges.keys()].map((key) => {
    const [from, to] = key.split(' -> ')
    return { rule: 'no-folder-cycle', from, to }
  })
  const { errors, excused, unused } = applyExceptions([...violations, ...folderImports], layers.EXCEPTIONS)
  const excusedFolderImports = new Set(excused.filter((item) => item.rule === 'no-folder-cycle').map((item) => `${item.from} -> ${item.to}`))
  return {
    modulesCruised: result.summary.totalCruised,
    dependenciesCruised: result.summary.totalDependenciesCruised,
    sourceFileCount: expected.length,
    notCruised,
    errors: errors.filter((error) => error.rule !== 'no-folder-cycle'),
    excused,
    unusedExceptions: unused,
    folderEdges: edges,
    folderCycles: folderCycles([...edges.keys()].filter((key) => !excusedFolderImports.has(key))),
  }
}
