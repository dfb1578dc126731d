import { useSyncExternalStore } from 'react'
import type { LexicalEditor } from 'lexical'

// The open article's editor, for the panes beside it: they read marks and tag quotes
// through it, while the editor itself knows nothing about them.
const editors = new Map<string, LexicalEditor>()
const listeners = new Set<() => void>()

const notify = () => listeners.forEach((listener) => listener())

export function registerArticleEditor(articleId: string, editor: LexicalEditor): () => void {
  editors.set(articleId, editor)
  notify()
  return () => {
    if (editors.get(articleId) === editor) editors.delete(articleId)
    notify()
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The live editor of an article, or null while it is not open. */
export function useArticleEditor(articleId: string | null): LexicalEditor | null {
  return useSyncExternalStore(subscribe, () => (articleId ? editors.get(articleId) ?? null : null))
}

/** The live editor of an article, outside React. */
export function articleEditor(articleId: string): LexicalEditor | null {
  return editors.get(articleId) ?? null
}
