import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { countWords } from '../../core/article'
import { $getPlainText } from '../plainText'

/** Reports the article's word count after every change. */
export function WordCountPlugin({ onCount }: { onCount: (words: number) => void }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    onCount(editor.getEditorState().read(() => countWords($getPlainText())))
    return editor.registerTextContentListener(() => {
      onCount(editor.getEditorState().read(() => countWords($getPlainText())))
    })
  }, [editor, onCount])
  return null
}
