import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// @fontsource's weight files give each subset its unicode-range: a page downloads only those its text uses.
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import '@fontsource/noto-sans/700.css'
import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/400-italic.css'
import '@fontsource/noto-serif/700.css'
import './styles.css'
import i18next from 'i18next'
import { NewerDatabaseError } from '../db'
import { App } from './App'
import { initI18n } from './i18n'
import { openWorkspace } from './startup'
import { printRouteOf } from './print/route'

const printRoute = printRouteOf(location.hash)
if (printRoute) void import('./print/printView').then(({ showPrintView }) => showPrintView(printRoute))
else startApp()

function startApp() {
  // The print view is a page of its own: reached by a hash change, it needs a fresh load.
  window.addEventListener('hashchange', () => printRouteOf(location.hash) && location.reload())

  const root = createRoot(document.getElementById('root')!)

  // Before the database opens the interface language is not known yet: these messages are in the default.
  const say = async (key: string, values?: Record<string, unknown>) => {
    if (!i18next.isInitialized) await initI18n('sq')
    root.render(<p role="alert" className="fatal">{i18next.t(key, values)}</p>)
  }

  openWorkspace({ onBlocked: () => void say('storage.blockedStartup') }).then(
    (workspace) =>
      root.render(
        <StrictMode>
          <App initialArticle={workspace.article} />
        </StrictMode>,
      ),
    (error: unknown) => {
      // Without storage nothing can be edited safely; say so instead of showing an empty editor.
      if (error instanceof NewerDatabaseError) return void say('storage.newerStartup', { found: error.found, known: error.known })
      void say('app.storageError', { message: error instanceof Error ? error.message : String(error) })
    },
  )
}
