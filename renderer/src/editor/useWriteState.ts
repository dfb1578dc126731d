import { useCallback, useState } from 'react'
import type { WriteState } from './pendingWrite'

/**
 * A pending write's state, for what shows it. Every key typed reports "saving": the same state
 * again keeps the one held, so it re-renders nothing.
 */
export function useWriteState(): [WriteState, (next: WriteState) => void] {
  const [state, setState] = useState<WriteState>({ kind: 'saved' })
  const report = useCallback((next: WriteState) => setState((previous) => (previous.kind === next.kind && next.kind !== 'failed' ? previous : next)), [])
  return [state, report]
}
