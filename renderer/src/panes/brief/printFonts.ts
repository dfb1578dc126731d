// Noto Serif for the print document, bundled from npm as files of the build (never fetched
// from the network), read as base64 when a PDF is made so that startup does not pay for them.
import latin400 from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2?url'
import latinExt400 from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-normal.woff2?url'
import latin400Italic from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2?url'
import latinExt400Italic from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-italic.woff2?url'
import latin700 from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2?url'
import latinExt700 from '@fontsource/noto-serif/files/noto-serif-latin-ext-700-normal.woff2?url'
import type { PrintFontFace } from '../../core/brief'

const FACES: ReadonlyArray<Omit<PrintFontFace, 'base64'> & { url: string }> = [
  { weight: 400, style: 'normal', subset: 'latin', url: latin400 },
  { weight: 400, style: 'normal', subset: 'latin-ext', url: latinExt400 },
  { weight: 400, style: 'italic', subset: 'latin', url: latin400Italic },
  { weight: 400, style: 'italic', subset: 'latin-ext', url: latinExt400Italic },
  { weight: 700, style: 'normal', subset: 'latin', url: latin700 },
  { weight: 700, style: 'normal', subset: 'latin-ext', url: latinExt700 },
]

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

let loading: Promise<PrintFontFace[]> | null = null

export function printFonts(): Promise<PrintFontFace[]> {
  loading ??= Promise.all(
    FACES.map(async ({ url, ...face }) => {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`font ${url}: ${response.status}`)
      return { ...face, base64: toBase64(new Uint8Array(await response.arrayBuffer())) }
    }),
  ).catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
