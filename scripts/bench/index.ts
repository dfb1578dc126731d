// npm run bench: every benchmark, each reporting ratios against a baseline measured in the same run.
import { spawnSync } from 'node:child_process'
import { runBriefBench } from './brief'
import { runCliBench } from './cli'
import { runCollabBench } from './collab'
import { runCoreBench } from './core'
import { runImportBench } from './import'
import { runDurabilityBench } from './durability'
import { runStartupBench } from './startup'
import { runTypingBench } from './typing'
import { runTranslationBench } from './translation'

const build = spawnSync('node_modules/.bin/electron-vite', ['build'], { stdio: 'ignore' })
if (build.status !== 0) throw new Error('the build failed; run npm run build to see why')

console.log('== Analysis core ==')
await runCoreBench()
console.log('\n== Translation alignment ==')
await runTranslationBench()
console.log('\n== Command line ==')
await runCliBench()
console.log('\n== Import ==')
runImportBench()
console.log('\n== Startup ==')
await runStartupBench({ build: false })
console.log('\n== Brief export ==')
await runBriefBench()
console.log('\n== Typing ==')
await runTypingBench({ build: false })
console.log('\n== Durability: reload loss, backup and restore ==')
await runDurabilityBench()
console.log('\n== Collaboration: through the server ==')
await runCollabBench()
