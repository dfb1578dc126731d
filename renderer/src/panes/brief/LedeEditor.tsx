import { useEffect } from 'react'
import { $createParagraphNode, $createTextNode, $getRoot, HISTORY_MERGE_TAG, type EditorState, type LexicalEditor } from 'lexical'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin'
import { plainFromRich, type RichParagraph } from '../../core/brief'
import { editorTheme } from '../../editor/theme'
import { SafePastePlugin } from '../../editor/plugins/SafePastePlugin'

interface Props {
  id: string
  label: string
  hint: string
  /** Lexical JSON once the editor has edited the lede; null while it is the draft's. */
  state: string | null
  /** The lede shown: the editor's or the draft's. */
  value: RichParagraph[]
  onChange: (state: string, text: string) => void
  onError: (error: Error) => void
}

const FORMAT = { bold: 1, italic: 2 }

function $setParagraphs(paragraphs: RichParagraph[]): void {
  const root = $getRoot()
  root.clear()
  for (const paragraph of paragraphs) {
    const block = $createParagraphNode()
    for (const run of paragraph) {
      const node = $createTextNode(run.text)
      node.setFormat((run.bold ? FORMAT.bold : 0) | (run.italic ? FORMAT.italic : 0))
      block.append(node)
    }
    root.append(block)
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode())
}

const plainOf = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent())

/**
 * While the lede is the draft's, it follows the draft (the article changed, the brief started
 * over): the editor's content is replaced unless it has the focus. The replacement is not an
 * edit: it is tagged as a history merge, which neither the undo stack nor onChange records.
 */
function FollowDraftPlugin({ edited, value }: { edited: boolean; value: RichParagraph[] }) {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    if (edited || editor.getRootElement() === document.activeElement) return
    if (plainOf(editor).replace(/\s+/g, ' ').trim() === plainFromRich(value).replace(/\s+/g, ' ').trim()) return
    editor.update(() => $setParagraphs(value), { tag: HISTORY_MERGE_TAG })
  }, [editor, edited, value])
  return null
}

/** The lede: a small rich-text field (bold and italic through Lexical's own shortcuts); pastes are cleaned first. */
export function LedeEditor({ id, label, hint, state, value, onChange, onError }: Props) {
  const initialConfig: InitialConfigType = {
    namespace: 'redaktor-brief-lede',
    theme: editorTheme,
    onError,
    editorState: state ?? (() => $setParagraphs(value)),
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
          contentEditable={
            <ContentEditable id={id} data-testid="brief-lede" className="brief-lede-content" title={hint} aria-label={label} aria-describedby={`${id}-hint`} spellCheck lang="sq" />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <p id={`${id}-hint`} className="brief-visually-hidden">{hint}</p>
      </div>
      <HistoryPlugin />
      <SafePastePlugin />
      <FollowDraftPlugin edited={state !== null} value={value} />
      <OnChangePlugin onChange={changed} ignoreSelectionChange ignoreHistoryMergeTagChange />
    </LexicalComposer>
  )
}
