import type { Quote } from '../../db/types'

/** A mark as found in the editor: its id and the words under it now. */
export interface FoundMark {
  markId: string
  text: string
  start: number
  end: number
}

export interface Reconciliation {
  /**
   * Row changes: new text, orphaned (detached) when the mark went, back when it returned. A
   * confirmed row is never deleted here: a detached tag waits in the pane for the editor to
   * anchor it again or delete it, even after a reload, when no undo can bring its mark back.
   */
  updates: Array<{ id: string; changes: Partial<Pick<Quote, 'text' | 'state' | 'orphaned'>> }>
  /** Marks with no row (pasted from another article, or restored after the row was dropped). */
  missing: FoundMark[]
  /** Extra copies of one id (a paste that slipped through): take the tag off these spans. */
  unwrap: Array<{ markId: string; occurrence: number }>
}

/**
 * Brings stored quote rows in line with the marks in the editor. The mark is the truth about
 * where a tag is and which words it covers; the row keeps who said it and how.
 */
export function reconcileQuotes(rows: readonly Quote[], marks: readonly FoundMark[]): Reconciliation {
  const result: Reconciliation = { updates: [], missing: [], unwrap: [] }
  const rowByMark = new Map<string, Quote>()
  for (const row of rows) if (row.markId && !rowByMark.has(row.markId)) rowByMark.set(row.markId, row)

  // One span per id: the copy whose words match the row stays tagged, the others lose the tag.
  const kept = new Map<string, FoundMark>()
  const byId = new Map<string, FoundMark[]>()
  for (const mark of marks) byId.set(mark.markId, [...(byId.get(mark.markId) ?? []), mark])
  for (const [markId, spans] of byId) {
    const row = rowByMark.get(markId)
    const keepIndex = Math.max(0, row ? spans.findIndex((span) => span.text === row.text) : 0)
    kept.set(markId, spans[keepIndex])
    spans.forEach((_, occurrence) => occurrence !== keepIndex && result.unwrap.push({ markId, occurrence }))
  }

  for (const row of rows) {
    if (!row.markId || (row.state !== 'confirmed' && row.state !== 'rejected')) continue
    const mark = kept.get(row.markId)
    if (row.state === 'rejected') {
      // Undoing a rejection brings the mark back, and with it the tag.
      if (mark) result.updates.push({ id: row.id, changes: { state: 'confirmed', orphaned: false, ...(mark.text !== row.text ? { text: mark.text } : {}) } })
      continue
    }
    if (!mark) {
      if (!row.orphaned) result.updates.push({ id: row.id, changes: { orphaned: true } })
      continue
    }
    const changes: Reconciliation['updates'][number]['changes'] = {}
    if (mark.text !== row.text) changes.text = mark.text
    if (row.orphaned) changes.orphaned = false
    if (Object.keys(changes).length) result.updates.push({ id: row.id, changes })
  }

  for (const [markId, mark] of kept) if (!rowByMark.has(markId)) result.missing.push(mark)
  return result
}

export function isEmptyReconciliation(plan: Reconciliation): boolean {
  return !plan.updates.length && !plan.missing.length && !plan.unwrap.length
}
