#!/usr/bin/env node
// npm start: build, then run Redaktor in Electron. When Electron's binary is
// missing and cannot be installed, run the same build in a browser instead
// (web mode). Flag: --web skips Electron.
import console from 'node:console'
import process from 'node:process'
import { clearTimeout, setTimeout } from 'node:timers'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { homedir, platform, arch, tmpdir } from 'node:os'
import { basename, delimiter, join } from 'node:path'
import { URL, fileURLToPath } from 'node:url'
import { serve } from './serve.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
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

function openBrowser(browser, url) {
  const profile = mkdtempSync(join(tmpdir(), 'redaktor-browser-'))
  const args = [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  if (platform() === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox') // Chromium will not start as root otherwise
  const child = spawn(browser, args, { stdio: 'ignore' })
  const cleanUp = () => rmSync(profile, { recursive: true, force: true })
  child.on('error', (error) => console.log(`Could not open ${browser}: ${error.message}`))
  child.on('exit', (code) => {
    cleanUp()
    if (code) console.log(`${basename(browser)} exited with code ${code}; open ${url} in a browser yourself.`)
  })
  process.on('exit', cleanUp)
  console.log(`Opened ${basename(browser)} in app mode. Closing it leaves the server running; press Ctrl+C to stop.`)
}

async function startWeb() {
  await build()
  const { url } = await serve({ dir: join(root, 'out', 'renderer') })
  console.log(`Redaktor (web mode) is at ${url}`)
  const browser = canOpenWindows() ? findBrowser() : undefined
  if (browser) openBrowser(browser, url)
  else console.log(canOpenWindows() ? 'No Chromium-family browser found; open the URL above in one.' : 'No display (or CI): not opening a browser. Press Ctrl+C to stop.')
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
}

async function main() {
  if (process.argv.includes('--web')) return startWeb()
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
