// Saving through the (mocked) dialog.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

let savePath: string | undefined

vi.mock('electron', () => ({
  app: { getPath: () => tmpdir() },
  dialog: {
    showSaveDialog: async () => ({ canceled: !savePath, filePath: savePath }),
  },
}))

const { saveFile } = await import('./files')
const { readFileSync } = await import('node:fs')
const dir = mkdtempSync(join(tmpdir(), 'redaktor-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

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
