// Reads imported files off the page's thread: a 5 MB file is decoded and parsed here while
// the editor stays responsive.
import { readImport } from './read'

self.onmessage = (event: MessageEvent<{ name: string; bytes: ArrayBuffer }>) => {
  const { name, bytes } = event.data
  self.postMessage(readImport(name, new Uint8Array(bytes)))
}
