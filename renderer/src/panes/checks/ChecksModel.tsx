// One run of the checks per open article, shared by the Checks pane and the brief: both show the
// same results, and the work is done once. It starts when either pane is first opened, so a
// workspace that shows only the Quotes pane does not check at start.
import { createContext, memo, useContext, useEffect, useState, type ReactNode } from 'react'
import { useChecks, type ChecksModel } from './useChecks'

const Context = createContext<ChecksModel | null>(null)

/** The checks of the open article; null until they have been started. */
export function useChecksModel(): ChecksModel | null {
  return useContext(Context)
}

// Memoised: it renders when the checks change, not every time the provider does.
const Runner = memo(function Runner({ articleId, onModel }: { articleId: string; onModel: (model: ChecksModel) => void }) {
  const model = useChecks(articleId)
  useEffect(() => onModel(model), [model, onModel])
  return null
})

/** Keyed by the article (and whatever reloads it), so one article's checks never show for another. */
export function ChecksModelProvider({ articleId, run, children }: { articleId: string | null; run: boolean; children: ReactNode }) {
  const [model, setModel] = useState<ChecksModel | null>(null)
  return (
    <Context.Provider value={articleId && run ? model : null}>
      {articleId && run && <Runner key={articleId} articleId={articleId} onModel={setModel} />}
      {children}
    </Context.Provider>
  )
}
