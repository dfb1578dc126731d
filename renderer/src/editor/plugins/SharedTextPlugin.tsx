import type { RefObject } from 'react'
import type { InitialEditorStateType } from '@lexical/react/LexicalComposer'
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext'
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin'
import type { Collaboration } from '../ArticleEditor'

interface Props {
  collaboration: Collaboration
  /** The article as stored: what the publisher's empty document is filled with. */
  initialEditorState: InitialEditorStateType
  cursors: RefObject<HTMLDivElement | null>
}

/** Binds the editor to a shared document through Lexical's own binding; its undo is the document's. */
export default function SharedTextPlugin({ collaboration, initialEditorState, cursors }: Props) {
  return (
    <LexicalCollaboration>
      <CollaborationPlugin
        id={collaboration.id}
        providerFactory={collaboration.providerFactory}
        shouldBootstrap={collaboration.shouldBootstrap}
        initialEditorState={initialEditorState}
        username={collaboration.userName}
        cursorColor={collaboration.userColor}
        cursorsContainerRef={cursors}
      />
    </LexicalCollaboration>
  )
}
