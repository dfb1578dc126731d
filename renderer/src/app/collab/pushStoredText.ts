import { database } from '../../db'
import { articleEditor } from '../../editor/articleEditors'
import { replaceContent } from '../../editor/replaceContent'

/**
 * After a revision or a backup replaced a shared article's stored text: the text of a shared article
 * is its document's, so the stored one goes into the open editor as an edit, and from there to everyone.
 */
export async function pushStoredText(articleId: string): Promise<void> {
  const article = await database().articles.get(articleId)
  const editor = articleEditor(articleId)
  if (!article?.shared || !article.editorState || !editor) return
  replaceContent(editor, article.editorState)
}
