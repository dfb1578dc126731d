// The route #/print/brief/:id: the brief's print document as the whole page, exactly the
// static HTML that Electron prints. Web mode opens it to print (with ?dialog); the tests
// print it with page.pdf. The document replaces the app's page; nothing of React stays.
import { database } from '../../db'
import { briefPrintHtml } from '../../panes/brief/exportBrief'
import type { PrintRoute } from './route'

const NOT_FOUND =
  '<!doctype html><html lang="sq"><head><meta charset="utf-8"><title>Redaktor</title></head>' +
  '<body><p role="alert" style="font-family:sans-serif;margin:2rem">Përmbledhja nuk u gjet. / The brief was not found.</p></body></html>'

export async function showPrintView({ briefId, dialog }: PrintRoute): Promise<void> {
  const db = database()
  await db.open()
  const brief = await db.briefs.get(briefId)
  // The brief as the pane last composed it: its quotes, checks and verdicts with the editor's edits.
  const html = brief?.composed ? await briefPrintHtml(brief.composed, brief.pageSize) : NOT_FOUND
  const printed = new DOMParser().parseFromString(html, 'text/html')
  document.replaceChild(document.adoptNode(printed.documentElement), document.documentElement)
  if (brief?.composed && dialog) {
    await document.fonts.ready
    window.print()
  }
}
