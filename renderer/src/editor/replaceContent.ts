import { $getRoot, $parseSerializedNode, type LexicalEditor, type SerializedLexicalNode } from 'lexical'

/**
 * Puts stored content into a live editor as one ordinary edit, so that whatever listens to edits
 * (a shared document's binding, the autosave, undo) takes it as one.
 */
export function replaceContent(editor: LexicalEditor, editorStateJson: string): void {
  const children = (JSON.parse(editorStateJson) as { root: { children: SerializedLexicalNode[] } }).root.children
  editor.update(() => {
    const root = $getRoot()
    root.clear()
    root.append(...children.map((child) => $parseSerializedNode(child)))
  })
}
