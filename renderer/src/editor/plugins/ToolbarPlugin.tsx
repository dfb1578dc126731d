import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
} from 'lexical'
import { $createHeadingNode, $isHeadingNode, type HeadingTagType } from '@lexical/rich-text'
import { $setBlocksType } from '@lexical/selection'
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND, ListNode } from '@lexical/list'
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link'
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils'
import { TAG_QUOTE_COMMAND } from '../commands'
import { Icon } from '../icons'
import { LinkEditor } from './LinkEditor'

type BlockType = 'paragraph' | HeadingTagType | 'bullet' | 'number'

interface ToolbarState {
  canUndo: boolean
  canRedo: boolean
  bold: boolean
  italic: boolean
  link: string | null
  blockType: BlockType
  hasRange: boolean
}

const initialState: ToolbarState = { canUndo: false, canRedo: false, bold: false, italic: false, link: null, blockType: 'paragraph', hasRange: false }

/** Formatting controls; each button reflects the selection it would act on. */
export function ToolbarPlugin({ onFind }: { onFind: () => void }) {
  const [editor] = useLexicalComposerContext()
  const { t } = useTranslation()
  const [state, setState] = useState(initialState)
  const [editingLink, setEditingLink] = useState(false)

  const $readSelection = useCallback(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    const anchor = selection.anchor.getNode()
    const block = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow()
    const list = $getNearestNodeOfType(anchor, ListNode)
    const linkParent = anchor.getParent()
    const link = $isLinkNode(linkParent) ? linkParent : $isLinkNode(anchor) ? anchor : null
    let blockType: BlockType = 'paragraph'
    if (list && $isListNode(list)) blockType = list.getListType() === 'number' ? 'number' : 'bullet'
    else if ($isHeadingNode(block)) blockType = block.getTag()
    const next = {
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      link: link ? link.getURL() : null,
      blockType,
      hasRange: !selection.isCollapsed(),
    }
    // Typing reads the selection on every key; re-render only when a button would change.
    setState((previous) =>
      (Object.keys(next) as Array<keyof typeof next>).every((key) => previous[key] === next[key]) ? previous : { ...previous, ...next },
    )
  }, [])

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read($readSelection)),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            $readSelection()
            return false
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => {
            setState((previous) => (previous.canUndo === canUndo ? previous : { ...previous, canUndo }))
            return false
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => {
            setState((previous) => (previous.canRedo === canRedo ? previous : { ...previous, canRedo }))
            return false
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, $readSelection],
  )

  const setBlockType = (type: BlockType) => {
    if (type === 'bullet') return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)
    if (type === 'number') return editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)
    if (state.blockType === 'bullet' || state.blockType === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
    editor.update(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection)) return
      $setBlocksType(selection, () => (type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type)))
    })
  }

  const toggleList = (type: 'bullet' | 'number') =>
    state.blockType === type ? editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined) : setBlockType(type)

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} disabled={!state.canUndo} aria-label={t('toolbar.undo')} title={`${t('toolbar.undo')} (Ctrl+Z)`}>
        <Icon name="undo" />
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} disabled={!state.canRedo} aria-label={t('toolbar.redo')} title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}>
        <Icon name="redo" />
      </button>
      <span className="toolbar-divider" />
      <select
        aria-label={t('toolbar.blockType')}
        value={state.blockType === 'bullet' || state.blockType === 'number' ? 'paragraph' : state.blockType}
        onChange={(event) => setBlockType(event.target.value as BlockType)}
      >
        <option value="paragraph">{t('toolbar.paragraph')}</option>
        <option value="h1">{t('toolbar.h1')}</option>
        <option value="h2">{t('toolbar.h2')}</option>
        <option value="h3">{t('toolbar.h3')}</option>
      </select>
      <button type="button" aria-pressed={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} aria-label={t('toolbar.bold')} title={`${t('toolbar.bold')} (Ctrl+B)`}>
        <b>B</b>
      </button>
      <button type="button" aria-pressed={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} aria-label={t('toolbar.italic')} title={`${t('toolbar.italic')} (Ctrl+I)`}>
        <i>I</i>
      </button>
      <span className="toolbar-divider" />
      <button type="button" aria-pressed={state.blockType === 'bullet'} onClick={() => toggleList('bullet')} aria-label={t('toolbar.bullet')} title={t('toolbar.bullet')}>
        <Icon name="bullet" />
      </button>
      <button type="button" aria-pressed={state.blockType === 'number'} onClick={() => toggleList('number')} aria-label={t('toolbar.numbered')} title={t('toolbar.numbered')}>
        <Icon name="numbered" />
      </button>
      <button type="button" aria-pressed={state.link !== null} onClick={() => setEditingLink(true)} aria-label={t('toolbar.link')} title={t('toolbar.link')}>
        <Icon name="link" />
      </button>
      <button type="button" onClick={onFind} aria-label={t('toolbar.find')} title={`${t('toolbar.find')} (Ctrl+F)`}>
        <Icon name="find" />
      </button>
      <span className="toolbar-divider" />
      <button
        type="button"
        className="tag-quote"
        data-testid="tag-quote"
        disabled={!state.hasRange}
        onClick={() => editor.dispatchCommand(TAG_QUOTE_COMMAND, undefined)}
        aria-keyshortcuts="Control+Shift+Q Meta+Shift+Q"
        title={`${t('toolbar.tagQuoteHint')} (Ctrl+Shift+Q)`}
      >
        {t('toolbar.tagQuote')}
      </button>
      {editingLink && (
        <LinkEditor
          initialUrl={state.link ?? 'https://'}
          onApply={(url) => {
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, url)
            setEditingLink(false)
          }}
          onClose={() => setEditingLink(false)}
        />
      )}
    </div>
  )
}
