// Every IPC handler goes through handle(): it checks who is asking, parses
// the request with the channel's schema and turns any throw into the
// channel's typed failure. Handlers only see parsed, trusted requests.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { channels, type Channel, type ParsedRequestOf, type ResponseOf } from '../ipc'
import { saveFile } from './files'
import { isAppUrl } from './origin'
import { printToPdf } from './pdf'
import type { SyncOriginSetting } from './sync-origin'

type Impl<C extends Channel> = (request: ParsedRequestOf<C>, event: IpcMainInvokeEvent) => ResponseOf<C> | Promise<ResponseOf<C>>

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function handle<C extends Channel>(channel: C, impl: Impl<C>, devServerUrl?: string): void {
  // TypeScript widens channels[channel] to the union of all entries; this
  // names the one entry that C picks.
  const { request, failure } = channels[channel] as unknown as {
    request: z.ZodType<ParsedRequestOf<C>>
    failure: (error: string) => ResponseOf<C>
  }
  ipcMain.handle(channel, async (event, payload: unknown): Promise<ResponseOf<C>> => {
    const senderUrl = event.senderFrame?.url
    if (!isAppUrl(senderUrl, devServerUrl)) {
      console.warn(`[ipc] ${channel}: refused a request from ${senderUrl ?? 'a closed frame'}`)
      return failure('Request refused: it did not come from the Redaktor window')
    }
    const parsed = request.safeParse(payload)
    if (!parsed.success) return failure(`Invalid request: ${z.prettifyError(parsed.error)}`)
    try {
      return await impl(parsed.data, event)
    } catch (error) {
      console.error(`[ipc] ${channel} failed`, error)
      return failure(errorMessage(error))
    }
  })
}

const ownerOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender)

export function registerIpcHandlers(syncOrigin: SyncOriginSetting, devServerUrl?: string): void {
  handle('file:save', (request, event) => saveFile(ownerOf(event), request), devServerUrl)
  handle('pdf:print', (request, event) => printToPdf(ownerOf(event), request), devServerUrl)
  handle('sync:set-origin', async (origin) => ({ stored: true, origin: await syncOrigin.set(origin) }), devServerUrl)
}
