import { useEffect, useState } from 'react'

/**
 * False until the frame after the first render has been painted: what is not the article (the
 * article list, the side panes and their workers, backup and version history) mounts then, so
 * the editor shows first.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}
