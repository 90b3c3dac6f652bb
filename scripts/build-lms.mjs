// `npm run build:lms`: what a teacher uploads to Moodle, in dist-lms/: the
// course's questions (Moodle XML and GIFT, both languages) and the course as
// one SCORM 1.2 package. A question that cannot be exported faithfully stops
// the build with file:line and the reason, like a lesson error.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runnerImport } from 'vite'

const outDir = process.argv[2] ?? 'dist-lms'
// Like the app build, AULAVIRT_LESSONS_DIR points it at another course (tests).
const lessonsDir = process.env.AULAVIRT_LESSONS_DIR ?? 'content/lessons'
const load = (file) => runnerImport(file, { configFile: false, logLevel: 'warn' }).then(({ module }) => module)
const [questions, scorm] = await Promise.all([load('./lms/build-lms.ts'), load('./lms/scorm-package.ts')])

function fail(error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}

try {
  for (const file of questions.buildLms(lessonsDir, outDir)) {
    console.log(`${outDir}/${file.name}  ${file.questions} preguntas  ${(file.bytes / 1024).toFixed(1)} KiB`)
  }
} catch (error) {
  fail(error)
}

// The SCORM build (launch page, progress kept by the LMS, no service worker), packaged.
const courseDir = mkdtempSync(join(tmpdir(), 'aulavirt-scorm-'))
try {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: 'inherit',
    // NODE_ENV: a build started from a test runner must still be the production build.
    env: { ...process.env, AULAVIRT_SCORM: '1', AULAVIRT_OUT_DIR: courseDir, NODE_ENV: 'production' },
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
  const pack = scorm.scormPackage(courseDir, 'lms/scorm12-schemas', version)
  writeFileSync(join(outDir, pack.name), pack.zip)
  console.log(`${outDir}/${pack.name}  SCORM 1.2, ${pack.courseFiles} archivos del curso  ${(pack.zip.byteLength / 1024).toFixed(1)} KiB`)
} catch (error) {
  fail(error)
} finally {
  rmSync(courseDir, { recursive: true, force: true })
}
