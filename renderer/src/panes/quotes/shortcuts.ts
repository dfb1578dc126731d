/** What each key does in the Quotes pane (the words are quotes.keys.*); the keys are the same in both languages. */
export const QUOTE_SHORTCUTS = [
  { keys: ['J', 'Alt+↓'], action: 'quotes.keys.next' },
  { keys: ['K', 'Alt+↑'], action: 'quotes.keys.previous' },
  { keys: ['Enter', 'A'], action: 'quotes.keys.accept' },
  { keys: ['Delete', 'R'], action: 'quotes.keys.reject' },
  { keys: ['S'], action: 'quotes.keys.speaker' },
  { keys: ['Space'], action: 'quotes.keys.open' },
] as const
