#!/usr/bin/env node
// npm start: build, then run Redaktor in Electron. When Electron's binary is
// missing and cannot be installed, run the same build in a browser instead
// (web mode). Flags (or environment variables):
//   --web                      skip Electron
//   --data-dir PATH            REDAKTOR_DATA_DIR: where web mode keeps its browser profile, and so the data
//   --port N                   REDAKTOR_PORT: web mode's port (default 5173); the data belongs to it
//   --no-open                  REDAKTOR_NO_OPEN=1: serve, but open no browser window
//   --no-build                 REDAKTOR_NO_BUILD=1: serve the build already in out/renderer
import console from 'node:console'
import process from 'node:process'
import { clearTimeout, setTimeout } from 'node:timers'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { homedir, platform, arch } from 'node:os'
import { basename, delimiter, join, resolve } from 'node:path'
import { URL, fileURLToPath } from 'node:url'
import { serve } from './serve.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)

/** A flag's value (`--name value` or `--name=value`), else the environment variable, else undefined. */
function option(name, variable) {
  const at = argv.indexOf(`--${name}`)
  if (at !== -1 && argv[at + 1] !== undefined) return argv[at + 1]
  const inline = argv.find((arg) => arg.startsWith(`--${name}=`))
  if (inline) return inline.slice(name.length + 3)
  return process.env[variable] || undefined
}
const flag = (name, variable) => argv.includes(`--${name}`) || ['1', 'true', 'yes'].includes(String(process.env[variable] ?? '').toLowerCase())

/** The user's data folder for Redaktor: XDG data dir, %APPDATA% or ~/Library/Application Support. */
function defaultDataDir() {
  if (platform() === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Redaktor')
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Redaktor')
  return join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'redaktor')
}
const electronDir = join(root, 'node_modules', 'electron')
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)

/** Runs a command; resolves with its exit code (or 'timeout'). */
function run(command, args, { timeoutMs, quiet = false, env } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: quiet ? 'pipe' : 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const timer = timeoutMs && setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolveRun({ code: signal ? 'timeout' : code, output })
    })
    child.on('error', (error) => resolveRun({ code: 1, output: String(error) }))
  })
}

/** The executable node_modules/electron/path.txt names, if it is really there. */
function electronBinary() {
  try {
    const executable = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim())
    return existsSync(executable) ? executable : undefined
  } catch {
    return undefined
  }
}

async function build() {
  if (flag('no-build', 'REDAKTOR_NO_BUILD') && existsSync(join(root, 'out', 'renderer', 'index.html'))) return
  console.log('Building Redaktor (electron-vite build)…')
  const { code } = await run(bin('electron-vite'), ['build'])
  if (code !== 0) {
    console.error('The build failed; see the messages above.')
    process.exit(1)
  }
}

function electronCacheDir() {
  if (process.env.electron_config_cache) return process.env.electron_config_cache
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron')
  if (platform() === 'win32') return join(process.env.LOCALAPPDATA ?? homedir(), 'electron', 'Cache')
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron')
}

function explainMissingElectron() {
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
  console.log(
    `\nElectron's binary is not installed (its download from GitHub failed or was skipped), so Redaktor will run in web mode in a browser instead. ` +
      `To get the desktop app, install the binary from a mirror: ELECTRON_MIRROR=https://<your-mirror>/electron/ node node_modules/electron/install.js ` +
      `(or place electron-v${version}-${platform()}-${arch()}.zip in ${electronCacheDir()}, then run node node_modules/electron/install.js), and run npm start again.\n`,
  )
}

async function startElectron(executable) {
  await build()
  // Chromium refuses to start as root with its sandbox on; this only affects
  // root shells (containers, CI), where we say so.
  const args = ['.']
  if (platform() === 'linux' && process.getuid?.() === 0) {
    args.unshift('--no-sandbox')
    console.log('Running as root: starting Electron with --no-sandbox.')
  }
  console.log('Starting Redaktor…')
  const { code } = await run(executable, args)
  process.exit(typeof code === 'number' ? code : 1)
}

function findBrowser() {
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable']
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name)
  }
  const wellKnown = {
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    win32: [
      join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ],
  }
  return (wellKnown[platform()] ?? []).find((path) => existsSync(path))
}

const canOpenWindows = () => !process.env.CI && (platform() !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY))

/**
 * A browser window on the app, with a profile that lives in the data folder: IndexedDB, where
 * every article is, survives closing the window and restarting. The origin (host and port) must
 * stay the same too, since the browser keeps data per origin.
 */
function openBrowser(browser, url, profile) {
  const args = [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  if (platform() === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox') // Chromium will not start as root otherwise
  const child = spawn(browser, args, { stdio: 'ignore' })
  child.on('error', (error) => console.log(`Could not open ${browser}: ${error.message}`))
  child.on('exit', (code) => code && console.log(`${basename(browser)} exited with code ${code}; open ${url} in a browser yourself.`))
  console.log(`Opened ${basename(browser)} in app mode. Closing it leaves the server running; press Ctrl+C to stop.`)
}

/** Whether a Redaktor web-mode server already answers on this URL (a second npm start). */
async function redaktorAt(url) {
  try {
    const response = await fetch(`${url}index.html`, { signal: AbortSignal.timeout(2000) })
    return response.ok && (await response.text()).includes('<title>Redaktor</title>')
  } catch {
    return false
  }
}

async function startWeb() {
  const dataDir = resolve(option('data-dir', 'REDAKTOR_DATA_DIR') ?? defaultDataDir())
  const port = Number(option('port', 'REDAKTOR_PORT') ?? 5173)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`The port must be a number from 1 to 65535, not ${option('port', 'REDAKTOR_PORT')}.`)
    process.exit(2)
  }
  const profile = join(dataDir, 'browser-profile')
  mkdirSync(profile, { recursive: true })
  await build()
  const host = '127.0.0.1'
  let url = `http://${host}:${port}/`
  try {
    url = (await serve({ dir: join(root, 'out', 'renderer'), port, host })).url
    console.log(`Redaktor (web mode) is at ${url}`)
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error
    if (!(await redaktorAt(url))) {
      console.error(
        `Port ${port} is taken by another program. Redaktor's data in web mode belongs to ${url} (the browser keeps it per address), ` +
          'so Redaktor does not move to another port by itself. Stop that program, or choose a port with --port N (REDAKTOR_PORT); ' +
          'articles written on the old port stay with it.',
      )
      process.exit(1)
    }
    console.log(`Redaktor (web mode) is already running at ${url}; using it.`)
  }
  console.log(`Data folder: ${dataDir} (the browser profile with Redaktor's database is ${profile})`)
  const open = !flag('no-open', 'REDAKTOR_NO_OPEN') && canOpenWindows()
  const browser = open ? findBrowser() : undefined
  if (browser) openBrowser(browser, url, profile)
  else if (open) console.log(`No Chromium-family browser found; open ${url} in one. Its own profile then keeps the data.`)
  else console.log('Not opening a browser window (--no-open, CI or no display). Press Ctrl+C to stop.')
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
}

async function main() {
  if (argv.includes('--web')) return startWeb()
  let executable = electronBinary()
  if (!executable) {
    console.log('Electron binary not found; trying its installer (node node_modules/electron/install.js, up to 60 s)…')
    const { code, output } = await run(process.execPath, [join(electronDir, 'install.js')], {
      timeoutMs: 60_000,
      quiet: true,
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '' }, // npm start wants the binary even if npm install skipped it
    })
    executable = electronBinary()
    if (!executable) {
      const reason = code === 'timeout' ? 'timed out' : output.trim().split('\n').find((line) => /error/i.test(line)) ?? `exit code ${code}`
      console.log(`The installer did not succeed: ${reason}`)
    }
  }
  if (executable) return startElectron(executable)
  explainMissingElectron()
  return startWeb()
}

await main()
