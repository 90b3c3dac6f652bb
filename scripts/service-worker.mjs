// Generates the service worker (Workbox) after the pages are prerendered, so
// every page of the course (both languages) and every asset is precached on
// the first visit: the course then works with no network at all.
import { generateSW } from 'workbox-build'

const [outDir = 'dist'] = process.argv.slice(2)

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,txt,ico}'],
  // The teachers' downloads (SCORM zip, question files) are fetched when asked for, never precached.
  globIgnores: ['descargas/**'],
  swDest: `${outDir}/sw.js`,
  // Pages are opened with #slide.step and print options in the query.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  cleanupOutdatedCaches: true,
  // A new version takes over at once; progress lives in localStorage, untouched.
  skipWaiting: true,
  clientsClaim: true,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  sourcemap: false,
  mode: 'production',
})
for (const warning of warnings) console.warn(warning)
console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KiB)`)
