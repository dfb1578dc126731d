import type { EditorThemeClasses } from 'lexical'

/** Class names for every node; styles live in editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-blockquote',
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li-nested' },
  },
  link: 'ed-link',
  mark: 'ed-mark',
  markOverlap: 'ed-mark-overlap',
  quoteMark: 'ed-quote-mark',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
  },
}

/** Classes the editor adds to blocks it derives, not stores: the embedded source. */
export const derivedClasses = {
  sourceHeading: 'ed-source-heading',
  sourceBody: 'ed-source-body',
} as const
