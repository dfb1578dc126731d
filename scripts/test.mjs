// `npm test`: every check, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const bin = (name) => join('node_modules', '.bin', name)
const steps = [
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck renderer', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck electron', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['unit tests', bin('vitest'), ['run']],
  ['build', bin('electron-vite'), ['build']],
  ['build command line', process.execPath, ['scripts/build-cli.mjs']],
  ['security', process.execPath, ['scripts/security.mjs']],
  ['end-to-end tests', bin('playwright'), ['test']],
]

const started = Date.now()
for (const [name, command, args] of steps) {
  const stepStart = Date.now()
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s${result.error ? `: ${result.error.message}` : ''}`)
    process.exit(result.status || 1)
  }
  console.log(`✔ ${name} (${seconds} s)`)
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
