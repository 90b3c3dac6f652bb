// `npm run check:layers`: the import rules of .dependency-cruiser.cjs, the cycles between
// folders and a count of what was read. `--folders` also lists every folder → folder import,
// `--verbose` the imports each named exception excuses.
import { checkLayers } from './layers/check.mjs'

const report = await checkLayers({ root: process.cwd() })
const problems = []

// Module cycles last: the import that broke a rule usually closes them.
const errors = [...report.errors].sort((a, b) => Number(a.rule === 'no-circular') - Number(b.rule === 'no-circular'))
for (const error of errors) {
  problems.push(`${error.from} → ${error.to}\n    breaks «${error.rule}»${error.cycle ? `: ${error.cycle.join(' → ')}` : ''}`)
}
for (const exception of report.unusedExceptions) {
  problems.push(`The exception for «${exception.rule}» from ${exception.from}${exception.to ? ` to ${exception.to}` : ''} matches nothing any more: delete it from .dependency-cruiser.cjs.`)
}
for (const cycle of report.folderCycles) {
  const inside = [...report.folderEdges.keys()].filter((key) => {
    const [from, to] = key.split(' -> ')
    return cycle.includes(from) && cycle.includes(to)
  })
  problems.push(`Folders import each other: ${cycle.join(', ')}\n    ${inside.map((key) => `${key} (${report.folderEdges.get(key)[0]}${report.folderEdges.get(key).length > 1 ? ', …' : ''})`).join('\n    ')}`)
}
if (report.notCruised.length > 0) {
  problems.push(`${report.notCruised.length} of ${report.sourceFileCount} source files were not read (a parser is missing?): ${report.notCruised.slice(0, 5).join(', ')}${report.notCruised.length > 5 ? ', …' : ''}`)
}

if (process.argv.includes('--folders')) {
  console.log('Folder → folder imports (tests left out):')
  for (const [key, imports] of report.folderEdges) console.log(`  ${key.padEnd(44)} ${imports.length}`)
}
const excusedByReason = new Map()
for (const excused of report.excused) {
  const reason = `«${excused.rule}»: ${excused.reason}`
  excusedByReason.set(reason, [...(excusedByReason.get(reason) ?? []), excused])
}
for (const [reason, imports] of excusedByReason) {
  console.log(`exception  ${reason} (${imports.length} import${imports.length === 1 ? '' : 's'})`)
  if (process.argv.includes('--verbose')) console.log(`    ${imports.map((excused) => `${excused.from} → ${excused.to}`).join('\n    ')}`)
}
const counts = `${report.modulesCruised} modules and ${report.dependenciesCruised} dependencies cruised; ${report.sourceFileCount} source files in src, mdx, scripts, lms and tests`
if (problems.length > 0) {
  console.error(`\nImport layers: ${problems.length} problem${problems.length === 1 ? '' : 's'} (rules in .dependency-cruiser.cjs)\n`)
  for (const problem of problems) console.error(`  ✖ ${problem}`)
  console.error(`\n${counts}.`)
  process.exit(1)
}
console.log(`Import layers: no forbidden import, no folder cycle, ${report.excused.length} imports under ${excusedByReason.size} named exceptions. ${counts}.`)
