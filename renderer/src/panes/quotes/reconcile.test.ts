import { describe, expect, it } from 'vitest'
import type { Quote } from '../../db/types'
import { reconcileQuotes, type FoundMark } from './reconcile'

const row = (over: Partial<Quote> & Pick<Quote, 'id' | 'markId' | 'text'>): Quote => ({
  articleId: 'a1',
  speaker: 'e1',
  kind: 'direct',
  state: 'confirmed',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  ...over,
})
const mark = (markId: string, text: string, start = 0): FoundMark => ({ markId, text, start, end: start + text.length })

describe('reconciling quote rows with the marks in the editor', () => {
  it('leaves everything alone when marks and rows agree', () => {
    const plan = reconcileQuotes([row({ id: 'q1', markId: 'm1', text: 'negociatat teknike' })], [mark('m1', 'negociatat teknike')])
    expect(plan).toEqual({ updates: [], missing: [], unwrap: [] })
  })

  it('takes the new words of a mark whose text was edited', () => {
    const plan = reconcileQuotes([row({ id: 'q1', markId: 'm1', text: 'negociatat teknike' })], [mark('m1', 'negociatat e reja teknike')])
    expect(plan.updates).toEqual([{ id: 'q1', changes: { text: 'negociatat e reja teknike' } }])
  })

  it('marks a confirmed quote as gone when its mark was deleted, and keeps the row for undo', () => {
    const plan = reconcileQuotes([row({ id: 'q1', markId: 'm1', text: 'citim' })], [])
    expect(plan.updates).toEqual([{ id: 'q1', changes: { orphaned: true } }])
  })

  it('does not mark an orphan twice', () => {
    const plan = reconcileQuotes([row({ id: 'q1', markId: 'm1', text: 'citim', orphaned: true })], [])
    expect(plan.updates).toEqual([])
  })

  it('never deletes a confirmed tag whose mark is missing, even when the article has just opened', () => {
    // A save that failed before a reload leaves rows whose marks never reached storage.
    const rows = [row({ id: 'q1', markId: 'm1', text: 'citim', orphaned: true }), row({ id: 'q2', markId: 'm2', text: 'tjetër' })]
    const plan = reconcileQuotes(rows, [])
    expect(plan.updates).toEqual([{ id: 'q2', changes: { orphaned: true } }])
  })

  it('restores the quote when undo brings its mark back', () => {
    const rows = [row({ id: 'q1', markId: 'm1', text: 'citim', orphaned: true })]
    expect(reconcileQuotes(rows, [mark('m1', 'citim')]).updates).toEqual([{ id: 'q1', changes: { orphaned: false } }])
  })

  it('confirms a rejected tag again when undo brings its mark back', () => {
    const rows = [row({ id: 'q1', markId: 'm1', text: 'citim', state: 'rejected' })]
    expect(reconcileQuotes(rows, [mark('m1', 'citim')]).updates).toEqual([{ id: 'q1', changes: { state: 'confirmed', orphaned: false } }])
  })

  it('ignores rejected suggestions, which never had a mark', () => {
    const rows = [row({ id: 'q1', markId: '', text: 'citim', state: 'rejected', start: 10 })]
    expect(reconcileQuotes(rows, [])).toEqual({ updates: [], missing: [], unwrap: [] })
  })

  it('reports a mark with no row so that a row is created for it', () => {
    const plan = reconcileQuotes([], [mark('m9', 'fjalë të ngjitura', 40)])
    expect(plan.missing).toEqual([mark('m9', 'fjalë të ngjitura', 40)])
  })

  it('keeps one tag when a paste duplicated a mark id, and unwraps the copy', () => {
    const rows = [row({ id: 'q1', markId: 'm1', text: 'citim' })]
    const plan = reconcileQuotes(rows, [mark('m1', 'citim', 0), mark('m1', 'citim', 50)])
    expect(plan.unwrap).toEqual([{ markId: 'm1', occurrence: 1 }])
    expect(plan.updates).toEqual([])
    expect(plan.missing).toEqual([])
  })

  it('keeps the copy whose words match the row when the first copy was edited', () => {
    const rows = [row({ id: 'q1', markId: 'm1', text: 'citim' })]
    const plan = reconcileQuotes(rows, [mark('m1', 'citim i ndryshuar', 0), mark('m1', 'citim', 50)])
    expect(plan.unwrap).toEqual([{ markId: 'm1', occurrence: 0 }])
    expect(plan.updates).toEqual([])
  })

  it('creates only one row for a duplicated mark with no row', () => {
    const plan = reconcileQuotes([], [mark('m2', 'a', 0), mark('m2', 'a', 10)])
    expect(plan.missing).toHaveLength(1)
    expect(plan.unwrap).toEqual([{ markId: 'm2', occurrence: 1 }])
  })
})
