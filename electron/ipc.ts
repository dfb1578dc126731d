// The one contract between the renderer and the main process.
// Each channel names its request schema (checked at run time in main), its
// response type, and the failure the main process answers with when the
// sender, the payload or the handler itself goes wrong.
// This file is compiled for both sides (tsconfig.node and tsconfig.web), so it
// imports only zod: no Node and no Electron modules.
import { z } from 'zod'

export const MAX_SAVE_BYTES = 50 * 1024 * 1024
// The print document inlines its fonts, so it can be a few megabytes.
export const MAX_PRINT_HTML_BYTES = 50 * 1024 * 1024

/** UTF-8 length without allocating a copy of a string that may be 50 MB. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

// A string never has more UTF-16 units than UTF-8 bytes, so .max() is a cheap
// first gate and the byte count only runs on strings that passed it.
const utf8Text = (maxBytes: number, what: string) =>
  z
    .string()
    .max(maxBytes)
    .refine((text) => utf8ByteLength(text) <= maxBytes, `${what} is larger than ${maxBytes / 1024 / 1024} MB`)

const fileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  .refine((name) => !/[\u0000-\u001f]/.test(name), 'file name contains control characters')

const fileFilters = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'an extension is letters and digits, without the dot'))
        .min(1)
        .max(20),
    }),
  )
  .max(10)

export const saveFileRequest = z.strictObject({
  suggestedName: fileName,
  data: utf8Text(MAX_SAVE_BYTES, 'data'),
  filters: fileFilters.optional(),
})

export const printToPdfRequest = z.strictObject({
  // A complete static document. The print window runs with JavaScript off
  // anyway; refusing <script> here keeps the contract honest about it.
  html: utf8Text(MAX_PRINT_HTML_BYTES, 'html').refine((html) => !/<script[\s>/]/i.test(html), 'html must not contain scripts'),
  title: z.string().max(300),
  pageSize: z.enum(['A4', 'Letter']),
  suggestedName: fileName,
})

// A collaboration server's address, or null for none. Whether it is a bare ws:/wss: origin is
// checked in main by the same function that puts it in the CSP (main/csp.js).
export const setSyncOriginRequest = z.string().max(2048).nullable()

export type SaveFileRequest = z.input<typeof saveFileRequest>
export type PrintToPdfRequest = z.input<typeof printToPdfRequest>
export type FileFilter = NonNullable<SaveFileRequest['filters']>[number]

export interface SaveFileResponse {
  saved: boolean
  path?: string
  error?: string
}

export interface PrintToPdfResponse {
  saved: boolean
  path?: string
  error?: string
}

export interface SetSyncOriginResponse {
  stored: boolean
  /** The canonical origin now admitted by the CSP (null: none). */
  origin?: string | null
  error?: string
}

export const channels = {
  'file:save': {
    request: saveFileRequest,
    response: {} as SaveFileResponse,
    failure: (error: string): SaveFileResponse => ({ saved: false, error }),
  },
  'pdf:print': {
    request: printToPdfRequest,
    response: {} as PrintToPdfResponse,
    failure: (error: string): PrintToPdfResponse => ({ saved: false, error }),
  },
  'sync:set-origin': {
    request: setSyncOriginRequest,
    response: {} as SetSyncOriginResponse,
    failure: (error: string): SetSyncOriginResponse => ({ stored: false, error }),
  },
} as const

export type Channel = keyof typeof channels
/** What the renderer sends. */
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>
/** What a handler receives after parsing. */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof channels)[C]['request']>
export type ResponseOf<C extends Channel> = (typeof channels)[C]['response']

/** window.redaktor: what the preload exposes and renderer/src/platform consumes. */
export interface RedaktorApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResponse>
  /** Stores the collaboration server's origin for the CSP of the pages loaded after it. */
  setSyncOrigin(origin: string | null): Promise<SetSyncOriginResponse>
}

export const API_METHODS = ['saveFile', 'printToPdf', 'setSyncOrigin'] as const satisfies readonly (keyof RedaktorApi)[]
