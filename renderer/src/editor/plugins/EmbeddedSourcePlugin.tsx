import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { findEmbeddedSources } from '../../core'
import { derivedClasses } from '../theme'
import { $getBlocks } from '../plainText'

/**
 * Sets embedded sources apart visually. They are derived from the text on every
 * update, not stored, so deleting or retyping the heading moves the source with it.
 */
export function EmbeddedSourcePlugin({ label }: { label: string }): null {
  const [editor] = useLexicalComposerContext()

  useEffect(() => {
    const decorate = () => {
      const blocks = editor.getEditorState().read(() =>
        $getBlocks().map((block) => ({ key: block.getKey(), text: block.getTextContent() })),
      )
      const sources = findEmbeddedSources(blocks.map((block) => block.text).join('\n'))
      let offset = 0
      for (const block of blocks) {
        const start = offset
        offset += block.text.length + 1
        const element = editor.getElementByKey(block.key)
        if (!element) continue
        const isHeading = sources.some((source) => start >= source.headingStart && start < source.headingEnd)
        const isBody = !isHeading && sources.some((source) => start >= source.start && start < source.end)
        element.classList.toggle(derivedClasses.sourceHeading, isHeading)
        element.classList.toggle(derivedClasses.sourceBody, isBody)
        if (isHeading) element.setAttribute('data-source-label', label)
        else element.removeAttribute('data-source-label')
      }
    }
    decorate()
    return editor.registerUpdateListener(decorate)
  }, [editor, label])

  return null
}
