// `npm run build:lms`: the course's questions for Moodle (XML and GIFT, both
// languages) in dist-lms/. A question that cannot be exported faithfully
// stops the build with file:line and the reason, like a lesson error.
import { runnerImport } from 'vite'

const outDir = process.argv[2] ?? 'dist-lms'
// Like the app build, AULAVIRT_LESSONS_DIR points it at another course (tests).
const lessonsDir = process.env.AULAVIRT_LESSONS_DIR ?? 'content/lessons'
const { module } = await runnerImport('./lms/build-lms.ts', { configFile: false, logLevel: 'warn' })
try {
  for (const file of module.buildLms(lessonsDir, outDir)) {
    console.log(`${outDir}/${file.name}  ${file.questions} preguntas  ${(file.bytes / 1024).toFixed(1)} KiB`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
