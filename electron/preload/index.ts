// Exposes window.redaktor: named methods over ipcRenderer.invoke.
// ipcRenderer itself, and any way to name a channel, stays on this side.
// Types only from the contract: zod is not bundled into the preload.
import { contextBridge, ipcRenderer } from 'electron'
import type { Channel, RedaktorApi, RequestOf, ResponseOf } from '../ipc'

function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  return ipcRenderer.invoke(channel, request)
}

const api = {
  saveFile: (request) => invoke('file:save', request),
  printToPdf: (request) => invoke('pdf:print', request),
  setSyncOrigin: (origin) => invoke('sync:set-origin', origin),
} satisfies RedaktorApi

contextBridge.exposeInMainWorld('redaktor', api)
