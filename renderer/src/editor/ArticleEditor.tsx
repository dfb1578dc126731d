import { lazy, Suspense, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import type { Provider } from '@lexical/yjs'
import type { Doc } from 'yjs'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { plainTextBlocks } from '../core/textImport'
import { $insertBlocks } from './blocks'
import { editorNodes } from './nodes/nodes'
import { AutosavePlugin, type SaveArticle, type SaveState } from './plugins/AutosavePlugin'
import { EmbeddedSourcePlugin } from './plugins/EmbeddedSourcePlugin'
import { FindPlugin } from './plugins/FindPlugin'
import { QuoteMarksPlugin } from './plugins/QuoteMarksPlugin'
import { SafePastePlugin } from './plugins/SafePastePlugin'
import { ToolbarPlugin } from './plugins/ToolbarPlugin'
import { WordCountPlugin } from './plugins/WordCountPlugin'
import { isSafeUrl } from './safeUrl'
import { editorTheme } from './theme'
import './editor.css'

// Yjs and Lexical's binding load only for a shared article.
const SharedTextPlugin = lazy(() => import('./plugins/SharedTextPlugin'))

export interface EditorDocument {
  id: string
  editorState: string | null
  plainText: string
}

/** A shared article: its text lives in a Yjs document that others edit too. */
export interface Collaboration {
  /** The document's name; the plugin's map of documents gets it under that id. */
  id: string
  providerFactory: (id: string, docs: Map<string, Doc>) => Provider
  userName: string
  userColor: string
  /** Draws the others' cursors again where their words now are. */
  redrawCursors: () => void
}

interface Props {
  document: EditorDocument
  collaboration?: Collaboration
  onSave: SaveArticle
  /** A synchronous copy to the journal, for a page that is going away. */
  onSaveOnExit?: (editorState: string, plainText: string) => void
  onSaveStateChange: (state: SaveState) => void
  onWordCount: (words: number) => void
  onError: (error: Error) => void
}

/** The article's rich-text editor. Mount it with key={document.id}: it reads the document once. */
export function ArticleEditor({ document, collaboration, onSave, onSaveOnExit, onSaveStateChange, onWordCount, onError }: Props) {
  const { t } = useTranslation()
  const [findOpen, setFindOpen] = useState(false)
  const cursors = useRef<HTMLDivElement>(null)
  const stored = document.editorState ?? (() => $insertBlocks(plainTextBlocks(document.plainText)))
  const initialConfig: InitialConfigType = {
    namespace: 'redaktor-article',
    theme: editorTheme,
    nodes: editorNodes,
    onError,
    // A shared article's text comes from its document; the binding fills the editor.
    editorState: collaboration ? null : stored,
  }

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div
        className="article-editor"
        onKeyDown={(event) => {
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
            event.preventDefault()
            setFindOpen(true)
          }
        }}
      >
        <ToolbarPlugin onFind={() => setFindOpen(true)} />
        <FindPlugin open={findOpen} onClose={() => setFindOpen(false)} />
        <div className="editor-scroll">
          {collaboration && <div className="collab-cursors" data-testid="collab-cursors" ref={cursors} />}
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor-content"
                data-testid="editor"
                aria-label={t('editor.label')}
                aria-placeholder={t('editor.placeholder')}
                placeholder={<div className="editor-placeholder">{t('editor.placeholder')}</div>}
                spellCheck
                lang="sq"
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {collaboration ? (
          <Suspense fallback={null}>
            <SharedTextPlugin collaboration={collaboration} cursors={cursors} />
          </Suspense>
        ) : (
          <HistoryPlugin />
        )}
        <SafePastePlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <EmbeddedSourcePlugin label={t('editor.embeddedSource')} />
        <QuoteMarksPlugin articleId={document.id} />
        <WordCountPlugin onCount={onWordCount} />
        <AutosavePlugin stored={document.editorState} saveFirstUpdate={Boolean(collaboration)} onSave={onSave} onSaveOnExit={onSaveOnExit} onStateChange={onSaveStateChange} />
      </div>
    </LexicalComposer>
  )
}
