// The save dialog. The renderer proposes a file name; the user, through the native dialog, is
// the only one who picks a path. The main process reads no files for the renderer: imports are
// chosen with the page's own file input and read in the renderer.
import { app, dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ParsedRequestOf, SaveFileResponse } from '../ipc'
import { safeFileName } from './file-content'

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
