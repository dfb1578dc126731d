// Save and open dialogs. The renderer proposes a file name; the user, through
// the native dialog, is the only one who picks a path.
import { app, dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { MAX_OPEN_BYTES, type OpenFileResponse, type ParsedRequestOf, type SaveFileResponse } from '../ipc'
import { encodeOpenedFile, safeFileName } from './file-content'

function defaultFolder(): string | undefined {
  try {
    return app.getPath('documents')
  } catch {
    return undefined // some Linux desktops have no XDG documents folder
  }
}

/** The path the user chose, or undefined when they cancelled. */
export async function chooseSavePath(owner: BrowserWindow | null, suggestedName: string, filters?: FileFilter[]): Promise<string | undefined> {
  const name = safeFileName(suggestedName)
  const folder = defaultFolder()
  const options: SaveDialogOptions = {
    defaultPath: folder ? join(folder, name) : name,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? undefined : result.filePath
}

export async function saveFile(owner: BrowserWindow | null, request: ParsedRequestOf<'file:save'>): Promise<SaveFileResponse> {
  const path = await chooseSavePath(owner, request.suggestedName, request.filters)
  if (!path) return { saved: false }
  await writeFile(path, request.data, 'utf8')
  return { saved: true, path }
}

const tooLarge = (name: string, bytes: number): OpenFileResponse => ({
  canceled: false,
  name,
  error: `“${name}” is ${(bytes / 1024 / 1024).toFixed(1)} MB; Redaktor opens files up to ${MAX_OPEN_BYTES / 1024 / 1024} MB.`,
})

export async function openFile(owner: BrowserWindow | null, request: ParsedRequestOf<'file:open'>): Promise<OpenFileResponse> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: request.filters }
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  const path = result.filePaths[0]
  if (result.canceled || !path) return { canceled: true }
  const name = basename(path)
  // Check the size before reading, so a 2 GB video never lands in memory.
  const { size } = await stat(path)
  if (size > MAX_OPEN_BYTES) return tooLarge(name, size)
  const bytes = await readFile(path)
  if (bytes.byteLength > MAX_OPEN_BYTES) return tooLarge(name, bytes.byteLength) // grew while we looked
  return encodeOpenedFile(path, bytes)
}
