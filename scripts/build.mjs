// Production build: client bundle, server bundle for prerendering, then one
// real HTML file per page. Any error (a malformed lesson included) exits 1.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// AULAVIRT_OUT_DIR lets several builds run side by side (tests, benchmarks).
const outDir = process.env.AULAVIRT_OUT_DIR ?? 'dist'
// Inside the project so the server bundle resolves react from node_modules; one per process.
const ssrDir = `node_modules/.aulavirt-ssr/${process.pid}`
const vite = 'node_modules/vite/bin/vite.js'
// AULAVIRT_SCORM=1: the course for the SCORM package (launch page scorm.html, progress kept by the LMS, no service worker).
const mode = process.env.AULAVIRT_SCORM === '1' ? ['--mode', 'scorm'] : []
run([vite, 'build', ...mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'])
run([vite, 'build', ...mode, '--ssr', 'src/app/entry-server.tsx', '--outDir', ssrDir, '--logLevel', 'warn'])
run(['scripts/prerender.mjs', outDir, ssrDir])
rmSync(ssrDir, { recursive: true, force: true })
if (mode.length === 0) {
  // The teachers' page offers the course's files for Moodle (SCORM package, question bank): built with the course.
  run(['scripts/build-lms.mjs', join(outDir, 'descargas')]) // DOWNLOADS_FOLDER (src/lms/download-names.ts)
  run(['scripts/service-worker.mjs', outDir])
}
