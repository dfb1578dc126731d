import { Server } from '@hocuspocus/server'
import { expect, test, type Page } from '@playwright/test'

// Web mode: the page's CSP admits the collaboration server named by the cookie the app sets
// (platform/browser.ts), from the next page load, and no other. A real Hocuspocus server answers.
let server: Server
let allowed = ''
let otherPort = ''

test.beforeAll(async () => {
  server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false })
  await server.listen()
  allowed = `ws://127.0.0.1:${server.address.port}`
  otherPort = `ws://127.0.0.1:${server.address.port + 1}`
})
test.afterAll(() => server?.destroy())

type Outcome = 'open' | 'blocked by CSP' | 'failed'

/** Opens a WebSocket from the page: did the CSP block it, did it open, or did it fail otherwise? */
function connect(page: Page, url: string): Promise<Outcome> {
  return page.evaluate(
    (url) =>
      new Promise<Outcome>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => event.effectiveDirective === 'connect-src' && resolve('blocked by CSP'), { once: true })
        let socket: WebSocket
        try {
          socket = new WebSocket(url)
        } catch {
          return resolve('blocked by CSP') // older engines throw instead of failing the connection
        }
        socket.onopen = () => {
          socket.close()
          resolve('open')
        }
        // The violation report and the failure are separate tasks: let the report arrive first.
        socket.onerror = () => setTimeout(() => resolve('failed'), 500)
      }),
    url,
  )
}

async function openApp(page: Page): Promise<void> {
  await expect(page.getByTestId('editor')).toHaveAttribute('contenteditable', 'true')
}

const setCookie = (page: Page, value: string) =>
  page.evaluate((value) => {
    document.cookie = `redaktor-sync=${value}; Path=/; Max-Age=315360000; SameSite=Strict`
  }, value)

test('the configured collaboration server, and only it, may be connected to after a reload', async ({ page }) => {
  const refusals: string[] = []
  page.on('console', (message) => message.type() === 'error' && refusals.push(message.text()))
  page.on('pageerror', (error) => refusals.push(error.message))

  await page.goto('./index.html')
  await openApp(page)
  expect(await connect(page, allowed), 'no server configured: nothing but the app itself').toBe('blocked by CSP')

  await setCookie(page, encodeURIComponent(allowed))
  await page.reload()
  await openApp(page)
  expect(await connect(page, allowed)).toBe('open')
  expect(await connect(page, otherPort)).toBe('blocked by CSP')
  expect(await connect(page, 'wss://sync.example.org')).toBe('blocked by CSP')

  // Every console error is one of those refusals, the first attempt's included; none is about the app.
  expect(refusals.length).toBeGreaterThanOrEqual(3)
  for (const text of refusals) expect(text).toMatch(/'(ws:\/\/127\.0\.0\.1:\d+|wss:\/\/sync\.example\.org)\/?'.* violates the following Content Security Policy directive/)
  expect(refusals.filter((text) => text.includes(`'${allowed}`))).toHaveLength(1) // before the cookie only
})

test('a hostile cookie admits nothing, and clearing the cookie closes the door again', async ({ page }) => {
  await page.goto('./index.html')
  await openApp(page)

  await setCookie(page, encodeURIComponent(`${allowed} 'unsafe-inline'`))
  await page.reload()
  await openApp(page)
  expect(await connect(page, allowed)).toBe('blocked by CSP')
  await setCookie(page, encodeURIComponent(`${allowed};connect-src *`))
  await page.reload()
  await openApp(page)
  expect(await connect(page, allowed)).toBe('blocked by CSP')

  await setCookie(page, encodeURIComponent(allowed))
  await page.reload()
  await openApp(page)
  expect(await connect(page, allowed)).toBe('open')
  await page.evaluate(() => {
    document.cookie = 'redaktor-sync=; Path=/; Max-Age=0; SameSite=Strict'
  })
  await page.reload()
  await openApp(page)
  expect(await connect(page, allowed)).toBe('blocked by CSP')
})
