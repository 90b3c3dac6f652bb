// Production build: client bundle, server bundle for prerendering, then one
// real HTML file per page. Any error (a malformed lesson included) exits 1.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const vite = 'node_modules/vite/bin/vite.js'
run([vite, 'build', '--logLevel', 'warn'])
run([vite, 'build', '--ssr', 'src/app/entry-server.tsx', '--outDir', 'dist-ssr', '--logLevel', 'warn'])
run(['scripts/prerender.mjs'])
rmSync('dist-ssr', { recursive: true, force: true })
