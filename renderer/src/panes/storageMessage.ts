import type { TFunction } from 'i18next'
import { errorMessage, storageFault } from '../db'

/** What to tell the editor when storage failed: the fault in plain words, or the error's own message. */
export function storageMessage(t: TFunction, error: unknown): string {
  const fault = storageFault(error)
  return fault === 'other' ? errorMessage(error) : t(`storage.${fault}`)
}
