import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-ext-400.css'
import '@fontsource/noto-sans/latin-600.css'
import '@fontsource/noto-sans/latin-ext-600.css'
import '@fontsource/noto-sans/latin-700.css'
import '@fontsource/noto-sans/latin-ext-700.css'
import '@fontsource/noto-serif/latin-400.css'
import '@fontsource/noto-serif/latin-ext-400.css'
import '@fontsource/noto-serif/latin-400-italic.css'
import '@fontsource/noto-serif/latin-ext-400-italic.css'
import '@fontsource/noto-serif/latin-700.css'
import '@fontsource/noto-serif/latin-ext-700.css'
import './styles.css'
import { App } from './App'
import { openWorkspace } from './startup'
import { printRouteOf, showPrintView } from './print/printView'

const printRoute = printRouteOf(location.hash)
if (printRoute) void showPrintView(printRoute)
else startApp()

function startApp() {
  // The print view is a page of its own: reached by a hash change, it needs a fresh load.
  window.addEventListener('hashchange', () => printRouteOf(location.hash) && location.reload())

  const root = createRoot(document.getElementById('root')!)

  openWorkspace().then(
    (workspace) =>
      root.render(
        <StrictMode>
          <App initialArticleId={workspace.articleId} />
        </StrictMode>,
      ),
    (error: unknown) => {
      // Without storage nothing can be edited safely; say so instead of showing an empty editor.
      const message = error instanceof Error ? error.message : String(error)
      root.render(<p role="alert" className="fatal">{`Redaktor: ${message}`}</p>)
    },
  )
}
