import { $createParagraphNode, $createTextNode, $getRoot, type EditorState } from 'lexical'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin'
import { editorTheme } from '../../editor/theme'

interface Props {
  id: string
  label: string
  hint: string
  /** Lexical JSON when the lede has been edited before; otherwise its plain text. */
  state: string | null
  text: string
  onChange: (state: string, text: string) => void
  onError: (error: Error) => void
}

/** The lede: a small rich-text field (bold and italic through Lexical's own shortcuts). */
export function LedeEditor({ id, label, hint, state, text, onChange, onError }: Props) {
  const initialConfig: InitialConfigType = {
    namespace: 'redaktor-brief-lede',
    theme: editorTheme,
    onError,
    editorState:
      state ??
      (() => {
        const root = $getRoot()
        for (const line of text.split('\n').filter((l) => l.trim() !== '')) root.append($createParagraphNode().append($createTextNode(line)))
        if (root.getChildrenSize() === 0) root.append($createParagraphNode())
      }),
  }
  const changed = (editorState: EditorState) => {
    const plain = editorState.read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    )
    onChange(JSON.stringify(editorState.toJSON()), plain)
  }
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="brief-lede">
        <RichTextPlugin
          contentEditable={<ContentEditable id={id} className="brief-lede-content" aria-label={label} aria-describedby={`${id}-hint`} spellCheck lang="sq" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <p id={`${id}-hint`} className="brief-hint">{hint}</p>
      </div>
      <HistoryPlugin />
      <OnChangePlugin onChange={changed} ignoreSelectionChange ignoreHistoryMergeTagChange />
    </LexicalComposer>
  )
}
