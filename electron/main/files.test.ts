// Opening files through the (mocked) dialog: size limit, text and bytes.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

let chosen: string[] = []
let savePath: string | undefined

vi.mock('electron', () => ({
  app: { getPath: () => tmpdir() },
  dialog: {
    showOpenDialog: async () => ({ canceled: chosen.length === 0, filePaths: chosen }),
    showSaveDialog: async () => ({ canceled: !savePath, filePath: savePath }),
  },
}))

const { openFile, saveFile } = await import('./files')
const { readFileSync } = await import('node:fs')
const dir = mkdtempSync(join(tmpdir(), 'redaktor-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('openFile', () => {
  it('answers canceled when the user closes the dialog', async () => {
    chosen = []
    expect(await openFile(null, {})).toEqual({ canceled: true })
  })

  it('returns a UTF-8 article as text', async () => {
    chosen = [join(dir, 'artikull.txt')]
    writeFileSync(chosen[0], 'Kryeministri tha: „Po.“')
    expect(await openFile(null, {})).toEqual({ canceled: false, name: 'artikull.txt', data: 'Kryeministri tha: „Po.“' })
  })

  it('refuses a file over 20 MB with a message that says so, without reading it', async () => {
    chosen = [join(dir, 'video.txt')]
    writeFileSync(chosen[0], '')
    truncateSync(chosen[0], 21 * 1024 * 1024)
    const answer = await openFile(null, {})
    expect(answer.canceled).toBe(false)
    expect(answer.data).toBeUndefined()
    expect(answer.error).toMatch(/21\.0 MB.*up to 20 MB/)
  })
})

describe('saveFile', () => {
  it('writes UTF-8 where the user chose', async () => {
    savePath = join(dir, 'brief.md')
    expect(await saveFile(null, { suggestedName: 'brief.md', data: '# Është' })).toEqual({ saved: true, path: savePath })
    expect(readFileSync(savePath, 'utf8')).toBe('# Është')
  })

  it('writes nothing when the user cancels', async () => {
    savePath = undefined
    expect(await saveFile(null, { suggestedName: 'brief.md', data: 'x' })).toEqual({ saved: false })
  })
})
