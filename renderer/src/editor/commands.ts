import { createCommand, type LexicalCommand } from 'lexical'

/** Tag the selection as a quote (the tag control, Ctrl/Cmd+Shift+Q). Whoever keeps quotes handles it. */
export const TAG_QUOTE_COMMAND: LexicalCommand<void> = createCommand('TAG_QUOTE_COMMAND')
