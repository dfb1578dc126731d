import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AlignedRow, TranslationIssue } from '../../../core/translation'

interface Marked {
  start: number
  end: number
  kind: TranslationIssue['kind']
}

/** The text of one side with its issue mentions marked; `base` is the text's offset in its source. */
function markedText(text: string, base: number, marks: Marked[]): ReactNode[] {
  const out: ReactNode[] = []
  let at = 0
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const from = mark.start - base
    const to = mark.end - base
    if (from < at || to > text.length) continue
    if (from > at) out.push(text.slice(at, from))
    out.push(
      <mark key={from} className={`translation-issue issue-${mark.kind}`} data-issue={mark.kind}>
        {text.slice(from, to)}
      </mark>,
    )
    at = to
  }
  if (at < text.length) out.push(text.slice(at))
  return out
}

function marksOf(row: AlignedRow, side: 'translation' | 'original'): Marked[] {
  return row.issues.flatMap((issue) => (issue[side] ? [{ start: issue[side]!.start, end: issue[side]!.end, kind: issue.kind }] : []))
}

function IssueList({ issues }: { issues: TranslationIssue[] }) {
  const { t } = useTranslation()
  return (
    <ul className="translation-issues">
      {issues.map((issue, index) => (
        <li key={index} className={`issue-${issue.kind}`}>
          {t('translation.issueText', {
            kind: t(`translation.issue.${issue.kind}`),
            translation: issue.translation?.text ?? t('translation.nothing'),
            original: issue.original?.text ?? t('translation.nothing'),
          })}
        </li>
      ))}
    </ul>
  )
}

/** One side of a row: its text with the issues marked, a label when it stands alone, a dash when empty. */
function SideCell({ row, side, label, children }: { row: AlignedRow; side: 'translation' | 'original'; label: string | null; children?: ReactNode }) {
  const span = row[side]
  return (
    <td className={`side-${side}`}>
      {span ? (
        <>
          {label && <span className="row-label">{label}</span>}
          <span className="row-text">{markedText(span.text, span.start, marksOf(row, side))}</span>
        </>
      ) : (
        <span className="row-gap" aria-hidden="true">—</span>
      )}
      {children}
    </td>
  )
}

const rowKind = (row: AlignedRow) => (!row.translation ? 'omitted' : !row.original ? 'added' : row.issues.length > 0 ? 'changed' : 'pair')

/** Both texts side by side, one row per aligned unit, omissions and additions in their place. */
export function AlignedRows({ rows, translationHeading, originalHeading }: { rows: AlignedRow[]; translationHeading: string; originalHeading: string }) {
  const { t } = useTranslation()
  return (
    <table className="aligned-rows" aria-label={t('translation.rows')}>
      <thead>
        <tr>
          <th scope="col">{translationHeading}</th>
          <th scope="col">{originalHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const kind = rowKind(row)
          return (
            <tr key={index} className={`aligned-row row-${kind}`} data-testid="translation-row" data-kind={kind} data-bead={row.kind}>
              <SideCell row={row} side="translation" label={kind === 'added' ? t('translation.onlyInTranslation') : null} />
              <SideCell row={row} side="original" label={kind === 'omitted' ? t('translation.leftOut') : null}>
                {row.issues.length > 0 && <IssueList issues={row.issues} />}
                {(row.kind === '1-2' || row.kind === '2-1') && <span className="row-note">{t('translation.split')}</span>}
              </SideCell>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
