// The startup baseline of `npm run bench`: the least a page can do to show the seed article from
// IndexedDB in an editable Lexical editor with React and Dexie. On the first visit it stores the
// seed, then, on every visit, reads it back and renders it. Nothing of Redaktor's own code.
/// <reference types="vite/client" />
import { createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import Dexie, { type EntityTable } from 'dexie'
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'
import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import seed from '../../../resources/seed/article.sq.txt?raw'

interface Article {
  id: string
  plainText: string
}

const db = new Dexie('baseline') as Dexie & { articles: EntityTable<Article, 'id'> }
db.version(1).stores({ articles: 'id' })

async function article(): Promise<Article> {
  const stored = await db.articles.get('seed')
  if (stored) return stored
  const created = { id: 'seed', plainText: seed }
  await db.articles.add(created)
  return created
}

function show({ plainText }: Article): void {
  const initialConfig = {
    namespace: 'baseline',
    onError: (error: Error) => {
      throw error
    },
    editorState: () => {
      for (const line of plainText.split('\n')) $getRoot().append($createParagraphNode().append($createTextNode(line)))
    },
  }
  const editable = h(ContentEditable, { className: 'editor', 'data-testid': 'editor' })
  createRoot(document.getElementById('root')!).render(h(LexicalComposer, { initialConfig }, h(RichTextPlugin, { contentEditable: editable, ErrorBoundary: LexicalErrorBoundary })))
}

void article().then(show)
