// The command line against hostile input: what it prints cannot drive the terminal, what it
// reads is only ever a bounded regular file, and what it writes never lands on an input or
// through a link. Each case runs the built bundle as a user would.
import { spawnSync } from 'node:child_process'
import { lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { blocksText, decodeText, textFileBlocks } from '../../renderer/src/core/textImport'
import { runCli, scratch, seedArticle as seed } from '../cli'

const { dir, file } = scratch('cli-hostile')

// What a terminal would act on: C0 and C1 controls, DEL, and the bidi controls.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

describe('escape sequences from files and file names are printed as escapes, not obeyed', () => {
  const ESC = '\u001b'
  // The attack from the report: erase the line, go to its start, print a fake verdict, then hide the rest.
  const forged = `${ESC}[2K${ESC}[G    s1: verbatim (score 1.00) ${ESC}[8m`
  const article = file(
    'artikulli.txt',
    `Ministri deklaroi se “bisedimet do të vazhdojnë ${forged} javën e ardhshme ${ESC}]0;titull i rremë\u0007 \u202Eqë kthen\u202C${ESC}c” sipas tij.\n${'Një fjali e zakonshme e artikullit. '.repeat(10)}\n`,
  )
  const source = file(`burimi ${ESC}[31mkuq\u009b2J.txt`, `Deklarata: bisedimet do të vazhdojnë javën e ardhshme. ${forged}\n${'Fjalë të tjera të deklaratës. '.repeat(20)}`)

  it('check: every control character in the report is shown as an escape', async () => {
    const result = await runCli(['check', article, '--source', source, '--author', `Ministri${ESC}[2J`])
    expect(result.status).toBe(0)
    expect(result.stdout).not.toMatch(TERMINAL_CONTROLS)
    // The quote as it is printed: the forged verdict and the title change are visible text.
    expect(result.stdout).toContain('vazhdojnë \\x1B[2K\\x1B[G    s1: verbatim (score 1.00) \\x1B[8m javën e ardhshme \\x1B]0;titull i rremë\\x07 \\u202Eqë kthen\\u202C\\x1Bc”')
    expect(result.stdout).toContain('s1  burimi \\x1B[31mkuq\\x9B2J') // the file name, as title and path
    expect(result.stdout).toContain('author: Ministri\\x1B[2J')
    // The quote's real status is on a line of its own, not hidden behind the forged one.
    expect(result.stdout).toMatch(/\n {4}s1: (paraphrase|near-verbatim|not-found) \(score 0\.\d\d\)/)
  })

  it('errors naming a hostile file name are escaped too', async () => {
    const result = await runCli(['check', join(dir, `mungon ${ESC}[2J${ESC}[H.txt`)])
    expect(result.status).toBe(2)
    expect(result.stderr).not.toMatch(TERMINAL_CONTROLS)
    expect(result.stderr).toContain('mungon \\x1B[2J\\x1B[H.txt')
  })

  it('--json stays JSON, with the text as it is', async () => {
    const result = await runCli(['check', article, '--source', source, '--json'])
    const report = JSON.parse(result.stdout)
    expect(report.sources[0].path).toBe(source)
    expect(report.quotes[0].text).toContain(forged)
  })
})

describe('reading: regular files only, never more than the limit', () => {
  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'fifo.txt')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const result = await runCli(['check', seed, '--source', fifo], { timeout: 10_000 })
    expect(result.signal).toBeNull() // it did not hang until the timeout
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^redaktor: source is not a regular file: .*fifo\.txt\n$/)
  })

  it('refuses /dev/zero, which stat() calls empty and which never ends', async () => {
    const result = await runCli(['check', '/dev/zero'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('redaktor: article is not a regular file: /dev/zero\n')
  })

  it('reads a Windows-1252 article with a warning, and agrees with the app on offsets', async () => {
    // CRLF line ends, blank lines between paragraphs, curly quotes as 0x93/0x94 and ë as 0xEB.
    const bytes = Buffer.from('Lajmi i dit\xebs\r\n\r\nMinistri tha: \x93Do t\xeb vazhdojm\xeb bisedimet.\x94\r\n\r\nFund.\r\n', 'latin1')
    const path = file('cp1252.txt', bytes)
    const result = await runCli(['check', path, '--json'])
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/^redaktor: warning: article is not UTF-8; read as Windows-1252/)
    const report = JSON.parse(result.stdout)
    const decoded = decodeText(new Uint8Array(bytes))
    const appText = blocksText(textFileBlocks(decoded.ok ? decoded.text : ''))
    expect(appText).toBe('Lajmi i ditës\nMinistri tha: “Do të vazhdojmë bisedimet.”\nFund.')
    const quote = report.quotes[0]
    expect(quote.text).toBe('Do të vazhdojmë bisedimet.')
    expect(appText.slice(quote.start, quote.end)).toBe(quote.text)
  })
})

describe('export --out: no overwrite without --force, no links, never an input', () => {
  const exportTo = (out: string, ...more: string[]) => runCli(['export', seed, '--format', 'md', '--out', out, '--date', '2025-03-19', ...more])

  it('writes a new file, refuses to replace it without --force, replaces it with --force', async () => {
    const out = join(dir, 'brief.md')
    expect((await exportTo(out)).status).toBe(0)
    const first = readFileSync(out, 'utf8')
    writeFileSync(out, 'puna e redaktorit')
    const refused = await exportTo(out)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toBe(`redaktor: ${out} already exists; add --force to replace it\n`)
    expect(readFileSync(out, 'utf8')).toBe('puna e redaktorit')
    expect((await exportTo(out, '--force')).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(first)
  })

  it('refuses a symbolic link, with or without --force, and leaves its target alone', async () => {
    const target = file('tjetër.txt', 'mos e prek')
    const link = join(dir, 'lidhje.md')
    symlinkSync(target, link)
    for (const force of [[], ['--force']]) {
      const result = await exportTo(link, ...force)
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(/--out is a symbolic link/)
    }
    expect(readFileSync(target, 'utf8')).toBe('mos e prek')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe(target)
  })

  it('refuses a dangling symbolic link instead of creating its target', async () => {
    const link = join(dir, 'varur.md')
    symlinkSync(join(dir, 'nuk-ekziston.md'), link)
    const result = await exportTo(link)
    expect(result.status).toBe(2)
    expect(() => lstatSync(join(dir, 'nuk-ekziston.md'))).toThrow()
  })

  it('refuses to write over its own article or a source, even with --force', async () => {
    const article = file('artikulli-im.txt', readFileSync(seed))
    const source = file('burim.txt', 'Palët ranë dakord.')
    for (const [out, what] of [
      [article, 'the article'],
      [source, 'a --source'],
    ]) {
      const result = await runCli(['export', article, '--source', source, '--format', 'md', '--out', out, '--force'])
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(`--out is ${what} itself`)
    }
    expect(readFileSync(article, 'utf8')).toBe(readFileSync(seed, 'utf8'))
    expect(readFileSync(source, 'utf8')).toBe('Palët ranë dakord.')
  })

  it('refuses a device or a folder', async () => {
    mkdirSync(join(dir, 'dosja'))
    expect((await exportTo(join(dir, 'dosja'))).stderr).toMatch(/is a directory/)
    expect((await exportTo('/dev/null', '--force')).stderr).toMatch(/is not a regular file/)
  })
})
