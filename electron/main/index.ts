// Main process entry: one window, served from app://redaktor/, locked down.
import { app, BrowserWindow, Menu, session } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { registerIpcHandlers } from './ipc-handlers'
import { buildMenu } from './menu'
import { APP_ENTRY_URL } from './origin'
import { registerAppSchemes, serveRenderer } from './protocol'
import { denyAllPermissions, guardWebContents } from './security'
import { loadSyncOriginSetting } from './sync-origin'

// electron-vite sets this in `electron-vite dev`; a packaged app ignores it so
// an environment variable can never point the window at another site.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

// out/main/index.js → out/preload/index.cjs and out/renderer/
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url))

let mainWindow: BrowserWindow | null = null

function createWindow(): void {
  // Middle clicks open no windows: setWindowOpenHandler denies every window (security.ts).
  mainWindow = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    title: 'Redaktor',
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    // macOS takes the icon from the app bundle; Linux and Windows from the window.
    icon: process.platform === 'darwin' ? undefined : join(app.getAppPath(), 'resources', 'icon.png'),
    webPreferences: {
      // Reviewed: exposes named methods via contextBridge, never ipcRenderer (preload/index.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL)
}

registerAppSchemes()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // Every web contents, the print window's included, gets the same guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl))

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    // Read before the first page is served, so its CSP already admits the stored server.
    const syncOrigin = await loadSyncOriginSetting(app.getPath('userData'))
    serveRenderer(session.defaultSession, rendererDir, syncOrigin.current)
    registerIpcHandlers(syncOrigin, devServerUrl)
    Menu.setApplicationMenu(buildMenu())
    app.setAboutPanelOptions({ applicationName: 'Redaktor', applicationVersion: app.getVersion() })
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })
}
