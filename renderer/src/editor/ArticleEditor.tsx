import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
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

export interface EditorDocument {
  id: string
  editorState: string | null
  plainText: string
}

interface Props {
  document: EditorDocument
  onSave: SaveArticle
  /** A synchronous copy to the journal, for a page that is going away. */
  onSaveOnExit?: (editorState: string, plainText: string) => void
  onSaveStateChange: (state: SaveState) => void
  onWordCount: (words: number) => void
  onError: (error: Error) => void
}

/** The article's rich-text editor. Mount it with key={document.id}: it reads the document once. */
export function ArticleEditor({ document, onSave, onSaveOnExit, onSaveStateChange, onWordCount, onError }: Props) {
  const { t } = useTranslation()
  const [findOpen, setFindOpen] = useState(false)
  const initialConfig: InitialConfigType = {
    namespace: 'redaktor-article',
    theme: editorTheme,
    nodes: editorNodes,
    onError,
    editorState: document.editorState ?? (() => $insertBlocks(plainTextBlocks(document.plainText))),
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
        <HistoryPlugin />
        <SafePastePlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <EmbeddedSourcePlugin label={t('editor.embeddedSource')} />
        <QuoteMarksPlugin articleId={document.id} />
        <WordCountPlugin onCount={onWordCount} />
        <AutosavePlugin stored={document.editorState} onSave={onSave} onSaveOnExit={onSaveOnExit} onStateChange={onSaveStateChange} />
      </div>
    </LexicalComposer>
  )
}
