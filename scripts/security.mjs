#!/usr/bin/env node
// npm run security: @doyensec/electronegativity over the Electron sources
// (electron/**, TypeScript and JavaScript) and, when built, out/main, out/preload and the
// renderer's HTML. Exit 1 on any MEDIUM or HIGH finding; LOW and
// INFORMATIONAL are summarised. Suppressions live in the source, on the
// flagged line, as `// eng-disable CHECK_ID` with a comment saying why.
import console from 'node:console'
import process from 'node:process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { URL, fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const electronegativity = require('@doyensec/electronegativity')

const root = fileURLToPath(new URL('..', import.meta.url))
const BLOCKING = 2 // electronegativity's severity values: 0 informational, 1 low, 2 medium, 3 high

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
}

/**
 * Electronegativity reads only .js/.jsx/.ts/.tsx/.html/.json and would skip
 * out/preload/index.cjs, so everything is copied into one folder under names
 * it reads. Returns staged path → path in the repository.
 */
function stage(dir) {
  const origin = new Map()
  const put = (from, to) => {
    mkdirSync(dirname(join(dir, to)), { recursive: true })
    cpSync(from, join(dir, to))
    origin.set(to, relative(root, from))
  }
  put(join(root, 'package.json'), 'package.json') // tells it the Electron version
  for (const file of walk(join(root, 'electron'))) {
    if (/\.(tsx?|js)$/.test(file) && !/\.test\.tsx?$/.test(file)) put(file, relative(root, file))
  }
  for (const [folder, pattern] of [['out/main', /\.js$/], ['out/preload', /\.c?js$/], ['out/renderer', /\.html$/]]) {
    if (!existsSync(join(root, folder))) continue
    for (const file of walk(join(root, folder))) {
      if (pattern.test(file)) put(file, relative(root, file).replace(/\.cjs$/, '.cjs.js'))
    }
  }
  return origin
}

/** Runs electronegativity quietly; its own chatter (offline notices) is returned, not printed. */
async function scan(input) {
  const chatter = []
  const log = console.log
  console.log = (...args) => chatter.push(args.join(' '))
  try {
    const result = await electronegativity(
      { input, isRelative: true, customScan: [], excludeFromScan: [], parserPlugins: [], isVerbose: false, isSarif: false },
      false,
    )
    return { ...result, chatter }
  } finally {
    console.log = log
  }
}

const withTemp = async (prefix, body) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  try {
    return await body(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// 1. Prove the scanner works here: a known-bad TypeScript file (with syntax
// only TypeScript has) must be flagged, or a clean result would mean nothing.
const canaryCaught = await withTemp('redaktor-eng-canary-', async (dir) => {
  writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')))
  writeFileSync(
    join(dir, 'canary.ts'),
    "import { BrowserWindow } from 'electron'\nconst prefs = { contextIsolation: false } as const satisfies object\nexport const win: BrowserWindow = new BrowserWindow({ webPreferences: { contextIsolation: false } })\n",
  )
  const { issues } = await scan(dir)
  return issues.some((issue) => issue.id === 'CONTEXT_ISOLATION_JS_CHECK' && issue.severity.value >= BLOCKING)
})
if (!canaryCaught) {
  console.error('electronegativity did not flag contextIsolation: false in a test file; the scan is not working, so it cannot pass.')
  process.exit(1)
}

// 2. Scan the app.
const { origin, result } = await withTemp('redaktor-eng-', async (dir) => {
  const origin = stage(dir)
  return { origin, result: await scan(dir) }
})

const files = [...origin.values()]
const sources = files.filter((file) => file.startsWith('electron/'))
const built = files.filter((file) => file.startsWith('out/'))
if (sources.length === 0) {
  console.error('No Electron sources found under electron/; nothing was scanned.')
  process.exit(1)
}
console.log(`electronegativity: ${result.atomicChecks} checks on ${sources.length} source files and ${built.length} built files${built.length ? '' : ' (out/ not built: run npm run build to include the bundles)'}.`)
for (const line of result.chatter.filter((text) => text.trim())) console.log(`  (electronegativity: ${line.trim()})`)

// Files it could not parse were not checked: that is a failure, not a pass.
const parseErrors = result.errors.filter((error) => !error.tolerable)
for (const error of parseErrors) console.error(`Could not parse ${origin.get(relative(root, error.file)) ?? error.file}: ${error.message}`)

// Bundling drops comments, so a finding in out/ is covered when the same check
// is suppressed, with its reason, in the sources it was built from.
const suppressedInSource = new Set(
  sources.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/eng-disable[ \t]+([\w \t]+)/g)].flatMap((m) => m[1].trim().split(/[\s,]+/))),
)

const where = (issue) => `${origin.get(issue.file) ?? issue.file}:${issue.location.line}`
const blocking = []
const covered = []
const minor = []
for (const issue of result.issues) {
  if (issue.severity.value < BLOCKING) minor.push(issue)
  else if ((origin.get(issue.file) ?? '').startsWith('out/') && suppressedInSource.has(issue.id)) covered.push(issue)
  else blocking.push(issue)
}

if (minor.length) {
  console.log(`\nLOW / INFORMATIONAL (${minor.length}), for review:`)
  for (const issue of minor) console.log(`  ${issue.severity.name.padEnd(13)} ${issue.id}  ${where(issue)}${issue.manualReview ? '  [review]' : ''}`)
}
if (covered.length) {
  console.log(`\nIn the bundles, suppressed with a reason in the sources (${covered.length}):`)
  for (const issue of covered) console.log(`  ${issue.severity.name.padEnd(13)} ${issue.id}  ${where(issue)}`)
}
if (blocking.length) {
  console.error(`\nMEDIUM or higher (${blocking.length}):`)
  for (const issue of blocking) console.error(`  ${issue.severity.name.padEnd(13)} ${issue.id}  ${where(issue)}\n    ${issue.description}  ${issue.shortenedURL ?? ''}`)
}

if (blocking.length || parseErrors.length) {
  console.error('\nSecurity scan failed.')
  process.exit(1)
}
console.log('\nSecurity scan passed: no MEDIUM or HIGH findings.')
