// The route #/print/brief/:id, read apart from the print view so that the app's start does not
// load the print document's code.
const ROUTE = /^#\/print\/brief\/([^?/]+)(\?dialog)?$/

export interface PrintRoute {
  briefId: string
  dialog: boolean
}

export function printRouteOf(hash: string): PrintRoute | null {
  const m = ROUTE.exec(hash)
  return m ? { briefId: decodeURIComponent(m[1]), dialog: m[2] !== undefined } : null
}
