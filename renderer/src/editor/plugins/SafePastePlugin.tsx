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
import { sanitizeHtml } from '../import/sanitize'

// What Lexical reads from a transfer besides HTML: its own serialisation, text and links.
const KEPT_TYPES = ['application/x-lexical-editor', 'application/x-lexical-drag', 'text/plain', 'text/uri-list']

/**
 * A copy of the transfer whose HTML is what sanitizeHtml made of it, or null when it carries no
 * HTML. Lexical parses a transfer's HTML with the page's DOMParser, and that alone reports every
 * onerror attribute to the CSP; a clean copy gives it nothing to report and nothing to load.
 */
export function cleanDataTransfer(data: DataTransfer): DataTransfer | null {
  const html = data.getData('text/html')
  if (!html) return null
  const clean = new DataTransfer()
  for (const type of KEPT_TYPES) {
    const value = data.getData(type)
    if (value) clean.setData(type, value)
  }
  const safe = sanitizeHtml(html)
  if (safe.hasText) clean.setData('text/html', safe.html)
  return clean
}

const cleaned = new WeakSet<Event>()

/** Every way HTML enters the editor (paste, drop, beforeinput) goes through cleanDataTransfer first. */
export function registerSafeHtmlTransfer(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const clean = event instanceof ClipboardEvent && event.clipboardData ? cleanDataTransfer(event.clipboardData) : null
        if (!clean) return false
        event.preventDefault()
        editor.update(
          () => {
            const selection = $getSelection()
            if (selection) $insertDataTransferForRichText(clean, selection, editor)
          },
          { tag: PASTE_TAG },
        )
        return true
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (input) => {
        const clean = typeof input !== 'string' && input.dataTransfer ? cleanDataTransfer(input.dataTransfer) : null
        if (!clean) return false
        const selection = $getSelection()
        if (selection) $insertDataTransferForRichText(clean, selection, editor)
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
        const copy = new DragEvent('drop', { dataTransfer: clean, clientX: event.clientX, clientY: event.clientY, bubbles: false, cancelable: true })
        cleaned.add(copy)
        if (!editor.dispatchCommand(DROP_COMMAND, copy)) return false
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
