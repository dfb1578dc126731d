// The exports as the pane and the print view run them, from the brief as composed now.
import { briefFileName, briefMarkdown, claimReview, exportHeadline, isoDay, printBriefDocument, type BriefModel, type PageSize } from '../../core/brief'
import { platform } from '../../platform'
import { printFonts } from './printFonts'

export type ExportOutcome =
  | { kind: 'saved'; path?: string; name: string; web: boolean }
  | { kind: 'print-opened' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: 'diskFull' | 'permission' | 'popup' | 'unknown'; message: string }

export function failure(message: string): ExportOutcome {
  if (/ENOSPC|no space/i.test(message)) return { kind: 'failed', reason: 'diskFull', message }
  if (/EACCES|EPERM|EROFS|permission|read-only/i.test(message)) return { kind: 'failed', reason: 'permission', message }
  if (/popup/i.test(message)) return { kind: 'failed', reason: 'popup', message }
  return { kind: 'failed', reason: 'unknown', message }
}

const today = () => isoDay(new Date())

export async function briefPrintHtml(model: BriefModel, pageSize: PageSize): Promise<string> {
  return printBriefDocument(model, { date: today(), pageSize, fonts: await printFonts() })
}

/** Saves text through the save dialog (Electron) or as a download (web mode). */
async function saveText(name: string, data: string, filter: { name: string; extensions: string[] }): Promise<ExportOutcome> {
  try {
    const bridge = platform()
    const result = await bridge.saveFile({ suggestedName: name, data, filters: [filter] })
    if (result.error) return failure(result.error)
    if (!result.saved) return { kind: 'cancelled' }
    return { kind: 'saved', path: result.path, name, web: bridge.kind === 'web' }
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error))
  }
}

export function exportMarkdown(model: BriefModel): Promise<ExportOutcome> {
  return saveText(briefFileName(model, 'md'), briefMarkdown(model, { date: today() }), { name: 'Markdown', extensions: ['md'] })
}

/** One ClaimReview per checked quote, reviewed by the newsroom named in the settings. */
export function exportClaimReview(model: BriefModel, newsroom: string): Promise<ExportOutcome> {
  try {
    const data = `${JSON.stringify(claimReview(model, { date: today(), newsroom }), null, 2)}\n`
    return saveText(briefFileName(model, 'claimreview.jsonld'), data, { name: 'JSON-LD', extensions: ['jsonld', 'json'] })
  } catch (error) {
    return Promise.resolve(failure(error instanceof Error ? error.message : String(error)))
  }
}

/** The print view's address for a brief; `dialog` asks it to open the print dialog. */
export function printRoute(briefId: string, dialog = false): string {
  return `#/print/brief/${encodeURIComponent(briefId)}${dialog ? '?dialog' : ''}`
}

/** The PDF: printed by Electron, or the print view with the browser's dialog in web mode (which prints the brief as stored). */
export async function exportPdf(briefId: string, model: BriefModel, pageSize: PageSize): Promise<ExportOutcome> {
  try {
    const bridge = platform()
    if (bridge.kind === 'web') {
      // Web mode: the print view in a window of its own, with the browser's print dialog.
      const opened = window.open(`${location.pathname}${location.search}${printRoute(briefId, true)}`, '_blank')
      return opened ? { kind: 'print-opened' } : failure('popup-blocked')
    }
    const name = briefFileName(model, 'pdf')
    const html = await briefPrintHtml(model, pageSize)
    const result = await bridge.printToPdf({ html, title: exportHeadline(model).slice(0, 300), pageSize, suggestedName: name })
    if (result.error) return failure(result.error)
    if (!result.saved) return { kind: 'cancelled' }
    return { kind: 'saved', path: result.path, name, web: false }
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error))
  }
}
