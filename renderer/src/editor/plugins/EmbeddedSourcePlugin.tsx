import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { findEmbeddedSources } from '../../core/sources/embedded'
import { derivedClasses } from '../theme'
import { $getBlocks } from '../plainText'

type Role = 'heading' | 'body' | null

const PAUSE_MS = 150

/**
 * Sets embedded sources apart visually. They are derived from the text after every
 * edit, not stored, so deleting or retyping the heading moves the source with it.
 * Only blocks whose role or element changed are touched: typing in a long article
 * must not rewrite hundreds of class lists per key.
 */
export function EmbeddedSourcePlugin({ label }: { label: string }): null {
  const [editor] = useLexicalComposerContext()

  useEffect(() => {
    const painted = new Map<string, { element: HTMLElement; role: Role }>()
    const decorate = () => {
      const blocks = editor.getEditorState().read(() =>
        $getBlocks().map((block) => ({ key: block.getKey(), text: block.getTextContent() })),
      )
      const sources = findEmbeddedSources(blocks.map((block) => block.text).join('\n'))
      let offset = 0
      const seen = new Set<string>()
      for (const block of blocks) {
        const start = offset
        offset += block.text.length + 1
        seen.add(block.key)
        const element = editor.getElementByKey(block.key)
        if (!element) continue
        const isHeading = sources.some((source) => start >= source.headingStart && start < source.headingEnd)
        const isBody = !isHeading && sources.some((source) => start >= source.start && start < source.end)
        const role: Role = isHeading ? 'heading' : isBody ? 'body' : null
        const before = painted.get(block.key)
        if (before && before.element === element && before.role === role) continue
        painted.set(block.key, { element, role })
        element.classList.toggle(derivedClasses.sourceHeading, isHeading)
        element.classList.toggle(derivedClasses.sourceBody, isBody)
        if (isHeading) element.setAttribute('data-source-label', label)
        else element.removeAttribute('data-source-label')
      }
      for (const key of painted.keys()) if (!seen.has(key)) painted.delete(key)
    }
    // Finding the sources reads the whole text: once typing pauses, not at every key.
    let timer: ReturnType<typeof setTimeout> | undefined
    decorate()
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      clearTimeout(timer)
      timer = setTimeout(decorate, PAUSE_MS)
    })
    return () => {
      clearTimeout(timer)
      unregister()
    }
  }, [editor, label])

  return null
}
