// The command line as whole processes, side by side in one run (interleaved, median of RUNS):
// - start: `--help` of the bundled CLI, against `node -e ""` and against the CLI run through tsx;
// - check: a 256 KB article with 400 quotes against a 256 KB source, against the baseline
//   process that runs approx-string-match per quote over the whole source (myers-per-quote.mjs).
// Run directly: npx tsx scripts/bench/cli.ts
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
// @ts-expect-error -- a plain .mjs script without types
import { buildCli } from '../build-cli.mjs'
import { median } from './browser'
import { synthesise } from './core'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const RUNS = 7

export interface CliBenchResult {
  startMs: number
  nodeMs: number
  tsxStartMs: number
  checkMs: number
  baselineMs: number
  ratio: number
  /** The same ratio in CPU time (user + system), which other load on the machine disturbs less. */
  cpuRatio: number
}

// Each measured process reports its own CPU time when it exits (loaded with --require), so the
// ratio can also be read in CPU time when other work shares the machine.
const CPU_HOOK = `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000)) })`

/** Wall and CPU time of one process to its exit, in milliseconds; throws if it fails. */
function timed(command: string, args: string[], hook: string): { wall: number; cpu: number } {
  const cpuFile = `${hook}.out`
  const env = { ...process.env, NODE_OPTIONS: `--require ${hook}`, BENCH_CPU_FILE: cpuFile }
  const started = performance.now()
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env })
  const wall = performance.now() - started
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')) }
}

export async function runCliBench(log: (line: string) => void = console.log): Promise<CliBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'redaktor-bench-cli-'))
  try {
    await (buildCli as (options: { outDir: string }) => Promise<void>)({ outDir: dir })
    const cli = join(dir, 'redaktor.mjs')
    const data = synthesise(256 * 1024, 400, 11)
    const article = join(dir, 'article.txt')
    const source = join(dir, 'source.txt')
    const quotes = join(dir, 'quotes.json')
    writeFileSync(article, data.article)
    writeFileSync(source, data.source)
    writeFileSync(quotes, JSON.stringify(data.quotes))
    const tsx = join(root, 'node_modules', '.bin', 'tsx')
    const node = process.execPath
    const hook = join(dir, 'cpu-hook.cjs')
    writeFileSync(hook, CPU_HOOK)

    const runs = { start: [] as number[], node: [] as number[], tsx: [] as number[], check: [] as number[], baseline: [] as number[] }
    const cpu = { check: [] as number[], baseline: [] as number[] }
    timed(node, [cli, '--help'], hook) // warm the file cache
    for (let run = 0; run < RUNS; run++) {
      runs.node.push(timed(node, ['-e', ''], hook).wall)
      runs.start.push(timed(node, [cli, '--help'], hook).wall)
      runs.tsx.push(timed(tsx, [join(root, 'electron', 'cli.ts'), '--help'], hook).wall)
      const check = timed(node, [cli, 'check', article, '--source', source, '--author', 'Kremlini', '--json'], hook)
      const baseline = timed(node, [join(here, 'myers-per-quote.mjs'), source, quotes], hook)
      runs.check.push(check.wall)
      runs.baseline.push(baseline.wall)
      cpu.check.push(check.cpu)
      cpu.baseline.push(baseline.cpu)
    }
    const result = {
      startMs: median(runs.start),
      nodeMs: median(runs.node),
      tsxStartMs: median(runs.tsx),
      checkMs: median(runs.check),
      baselineMs: median(runs.baseline),
      ratio: median(runs.check) / median(runs.baseline),
      cpuRatio: median(cpu.check) / median(cpu.baseline),
    }
    log(`start (--help), median of ${RUNS}: bundled CLI ${result.startMs.toFixed(0)} ms; node -e "" ${result.nodeMs.toFixed(0)} ms; through tsx ${result.tsxStartMs.toFixed(0)} ms`)
    log(`check, 256 KB article with ${data.quotes.length} quotes against a 256 KB source, whole process: ${result.checkMs.toFixed(0)} ms`)
    log(`  baseline (approx-string-match per quote over the whole source, whole process): ${result.baselineMs.toFixed(0)} ms`)
    log(`  ratio: check takes ${result.ratio.toFixed(3)} of the baseline's time (target ≤ 0.25); in CPU time ${result.cpuRatio.toFixed(3)} (${median(cpu.check).toFixed(0)} ms against ${median(cpu.baseline).toFixed(0)} ms)`)
    return result
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCliBench().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  })
}
