import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { countWords } from '../../core/text/tokenize'
import { $getPlainText } from '../plainText'

/**
 * Reports the article's word count once typing pauses. Counting a long article takes a few
 * milliseconds, too much to spend on every key.
 */
export function WordCountPlugin({ onCount, delayMs = 250 }: { onCount: (words: number) => void; delayMs?: number }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const count = () => onCount(editor.getEditorState().read(() => countWords($getPlainText())))
    let timer: ReturnType<typeof setTimeout> | undefined
    count()
    const unregister = editor.registerTextContentListener(() => {
      clearTimeout(timer)
      timer = setTimeout(count, delayMs)
    })
    return () => {
      clearTimeout(timer)
      unregister()
    }
  }, [editor, onCount, delayMs])
  return null
}
