/** What each key does in the Brief pane (the words are shortcuts.brief.*). */
export const BRIEF_SHORTCUTS = [
  { keys: ['Ctrl+B', 'Ctrl+I'], action: 'shortcuts.brief.format' },
  { keys: ['Alt+↑', 'Alt+↓'], action: 'shortcuts.brief.move' },
] as const
