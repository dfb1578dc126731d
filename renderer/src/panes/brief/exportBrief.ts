// The two exports as the pane and the print view run them.
import { briefFileName, briefMarkdown, isoDay, printBriefDocument } from '../../core/brief'
import { modelOfBrief } from '../../db/briefs'
import type { Brief } from '../../db'
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

export function briefMarkdownFile(brief: Brief): { name: string; data: string } {
  const model = modelOfBrief(brief)
  return { name: briefFileName(model, 'md'), data: briefMarkdown(model, { date: today() }) }
}

export async function briefPrintHtml(brief: Brief): Promise<string> {
  return printBriefDocument(modelOfBrief(brief), { date: today(), pageSize: brief.pageSize, fonts: await printFonts() })
}

export async function exportMarkdown(brief: Brief): Promise<ExportOutcome> {
  try {
    const { name, data } = briefMarkdownFile(brief)
    const bridge = platform()
    const result = await bridge.saveFile({ suggestedName: name, data, filters: [{ name: 'Markdown', extensions: ['md'] }] })
    if (result.error) return failure(result.error)
    if (!result.saved) return { kind: 'cancelled' }
    return { kind: 'saved', path: result.path, name, web: bridge.kind === 'web' }
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error))
  }
}

/** The print view's address for a brief; `dialog` asks it to open the print dialog. */
export function printRoute(briefId: string, dialog = false): string {
  return `#/print/brief/${encodeURIComponent(briefId)}${dialog ? '?dialog' : ''}`
}

export async function exportPdf(brief: Brief): Promise<ExportOutcome> {
  try {
    const bridge = platform()
    if (bridge.kind === 'web') {
      // Web mode: the print view in a window of its own, with the browser's print dialog.
      const opened = window.open(`${location.pathname}${location.search}${printRoute(brief.id, true)}`, '_blank')
      return opened ? { kind: 'print-opened' } : failure('popup-blocked')
    }
    const name = briefFileName(modelOfBrief(brief), 'pdf')
    const html = await briefPrintHtml(brief)
    const result = await bridge.printToPdf({ html, title: brief.headline.slice(0, 300), pageSize: brief.pageSize, suggestedName: name })
    if (result.error) return failure(result.error)
    if (!result.saved) return { kind: 'cancelled' }
    return { kind: 'saved', path: result.path, name, web: false }
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error))
  }
}
