import { createHeadlessEditor } from '@lexical/headless'
import { createYjsBinding, syncLexicalUpdateToYjs, type Provider } from '@lexical/yjs'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { localDocName } from '../../collab/session'
import { editorNodes } from '../../editor/nodes/nodes'
import { replaceContent } from '../../editor/replaceContent'

// The binding tells the others where this editor's selection is; an editor no one sees has none.
const unseen = { awareness: { getLocalState: () => null } } as unknown as Provider

/**
 * Fills a new shared document's local copy with the article as stored, through Lexical's own binding
 * in an editor of its own, before any editor shows it. Every editor then builds its text from the
 * document, the publisher's as everyone else's, so each one's nodes are the document's.
 */
export async function fillDocument(docName: string, editorStateJson: string): Promise<void> {
  const doc = new Y.Doc()
  const local = new IndexeddbPersistence(localDocName(docName), doc)
  await local.whenSynced
  try {
    const editor = createHeadlessEditor({ namespace: 'redaktor-share', nodes: editorNodes, onError: (error) => { throw error } })
    const binding = createYjsBinding({ editor, id: docName, doc, docMap: new Map([[docName, doc]]) })
    editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
      syncLexicalUpdateToYjs(binding, unseen, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags),
    )
    replaceContent(editor, editorStateJson)
    // The edit is committed, and the binding's update given to y-indexeddb, before the next task.
    await new Promise((resolve) => setTimeout(resolve, 0))
  } finally {
    await local.destroy()
    doc.destroy()
  }
}
