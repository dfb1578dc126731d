/** What each key does in the Checks pane (the words are shortcuts.checks.*). */
export const CHECK_SHORTCUTS = [
  { keys: ['J', '↓'], action: 'shortcuts.checks.next' },
  { keys: ['K', '↑'], action: 'shortcuts.checks.previous' },
  { keys: ['Enter'], action: 'shortcuts.checks.open' },
  { keys: ['Esc'], action: 'shortcuts.checks.close' },
] as const
