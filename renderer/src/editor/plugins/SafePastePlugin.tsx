import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $insertDataTransferForRichText } from '@lexical/clipboard'
import { mergeRegister } from '@lexical/utils'
import {
  $getSelection,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical'
import type { sanitizeHtml } from '../import/sanitize'

// What Lexical reads from a transfer besides HTML: its own serialisation, text and links.
const KEPT_TYPES = ['application/x-lexical-editor', 'application/x-lexical-drag', 'text/plain', 'text/uri-list']

type Sanitize = typeof sanitizeHtml

// The HTML parser (parse5) is not part of the app's start: it is loaded once the editor is idle.
// A transfer that comes before that waits for it.
let sanitizer: Sanitize | null = null
let loading: Promise<Sanitize | null> | null = null
function loadSanitizer(): Promise<Sanitize | null> {
  loading ??= import('../import/sanitize').then(
    (module) => (sanitizer = module.sanitizeHtml),
    () => {
      loading = null // tried again at the next transfer; this one keeps its text only
      return null
    },
  )
  return loading
}

/**
 * A copy of the transfer whose HTML is what sanitizeHtml made of it, or null when it carries no
 * HTML; a promise of the copy while the sanitizer is still loading (the transfer is read now: a
 * paste's data is gone once its event is over). Lexical parses a transfer's HTML with the page's
 * DOMParser, and that alone reports every onerror attribute to the CSP; a clean copy gives it
 * nothing to report and nothing to load.
 */
function cleanDataTransfer(data: DataTransfer): DataTransfer | Promise<DataTransfer> | null {
  const html = data.getData('text/html')
  if (!html) return null
  const kept = KEPT_TYPES.map((type) => [type, data.getData(type)] as const)
  const copy = (sanitize: Sanitize | null) => {
    const clean = new DataTransfer()
    for (const [type, value] of kept) if (value) clean.setData(type, value)
    const safe = sanitize?.(html)
    if (safe?.hasText) clean.setData('text/html', safe.html)
    return clean
  }
  return sanitizer ? copy(sanitizer) : loadSanitizer().then(copy)
}

/** Runs `insert` on the clean copy: now, or once the sanitizer has loaded. */
function whenClean(clean: DataTransfer | Promise<DataTransfer>, insert: (clean: DataTransfer) => void): void {
  if (clean instanceof DataTransfer) insert(clean)
  else void clean.then(insert)
}

const cleaned = new WeakSet<Event>()

/** Every way HTML enters the editor (paste, drop, beforeinput) goes through cleanDataTransfer first. */
export function registerSafeHtmlTransfer(editor: LexicalEditor): () => void {
  const insert = (clean: DataTransfer, tag?: string) =>
    editor.update(
      () => {
        const selection = $getSelection()
        if (selection) $insertDataTransferForRichText(clean, selection, editor)
      },
      tag ? { tag } : undefined,
    )
  const idle = requestIdleCallback(() => void loadSanitizer(), { timeout: 2000 })
  return mergeRegister(
    () => cancelIdleCallback(idle),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const clean = event instanceof ClipboardEvent && event.clipboardData ? cleanDataTransfer(event.clipboardData) : null
        if (!clean) return false
        event.preventDefault()
        whenClean(clean, (ready) => insert(ready, PASTE_TAG))
        return true
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (input) => {
        const clean = typeof input !== 'string' && input.dataTransfer ? cleanDataTransfer(input.dataTransfer) : null
        if (!clean) return false
        whenClean(clean, (ready) => insert(ready))
        return true
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        if (cleaned.has(event) || !event.dataTransfer) return false
        const clean = cleanDataTransfer(event.dataTransfer)
        if (!clean) return false
        // Lexical's drop handler reads the point and the transfer; hand it the same point and the clean copy.
        const dropClean = (ready: DataTransfer) => {
          const copy = new DragEvent('drop', { dataTransfer: ready, clientX: event.clientX, clientY: event.clientY, bubbles: false, cancelable: true })
          cleaned.add(copy)
          return editor.dispatchCommand(DROP_COMMAND, copy)
        }
        if (clean instanceof DataTransfer) {
          if (!dropClean(clean)) return false
        } else void clean.then(dropClean)
        event.preventDefault()
        return true
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  )
}

export function SafePastePlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerSafeHtmlTransfer(editor), [editor])
  return null
}
