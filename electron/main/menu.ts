// The application menu. Labels are Albanian (the newsroom's language); the
// roles give each item its standard behaviour and shortcut on every platform.
import { app, Menu, type MenuItemConstructorOptions } from 'electron'

export function buildMenu(): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Skedari', // File
      submenu: [isMac ? { role: 'close', label: 'Mbyll dritaren' } : { role: 'quit', label: 'Dil' }],
    },
    {
      label: 'Ndrysho', // Edit
      submenu: [
        { role: 'undo', label: 'Zhbëj' },
        { role: 'redo', label: 'Ribëj' },
        { type: 'separator' },
        { role: 'cut', label: 'Prit' },
        { role: 'copy', label: 'Kopjo' },
        { role: 'paste', label: 'Ngjit' },
        { role: 'pasteAndMatchStyle', label: 'Ngjit si tekst' },
        { role: 'selectAll', label: 'Përzgjidh të gjitha' },
      ],
    },
    {
      label: 'Pamja', // View
      submenu: [
        { role: 'reload', label: 'Ringarko' },
        // Developer tools only in development builds.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: 'Mjetet e zhvilluesit' }]),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Madhësia origjinale' },
        { role: 'zoomIn', label: 'Zmadho' },
        { role: 'zoomOut', label: 'Zvogëlo' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Ekran i plotë' },
      ],
    },
    {
      label: 'Ndihmë', // Help
      role: 'help',
      submenu: [{ label: 'Rreth Redaktorit', click: () => app.showAboutPanel() }],
    },
  ]
  return Menu.buildFromTemplate(template)
}
