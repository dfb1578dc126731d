// Room for every pane at the two common laptop sizes, keys to move between them, and sizes that
// stay. The screenshots of each pane at each size are taken here for the docs.
import type { Page } from '@playwright/test'
import { expect, openApp, showPane, test } from './fixtures'

const SIZES = [
  [1440, 900],
  [1280, 720],
] as const

async function ready(page: Page, pane: 'quotes' | 'checks' | 'brief'): Promise<void> {
  await showPane(page, pane)
  if (pane === 'quotes') await expect(page.getByTestId('quote-item')).toHaveCount(5)
  if (pane === 'checks') await expect(page.getByTestId('check-item').and(page.locator(':not([data-status="pending"])'))).toHaveCount(5)
  if (pane === 'brief') await expect(page.getByTestId('brief-quote').and(page.locator(':not([data-status="not-checked"])'))).toHaveCount(5)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

for (const [width, height] of SIZES) {
  test(`at ${width}×${height} each pane shows its work without scrolling the window`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await openApp(page)
    const windowScrolls = () => page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth)

    await ready(page, 'quotes')
    for (let i = 0; i < 5; i++) await expect(page.getByTestId('quote-item').nth(i)).toBeInViewport({ ratio: 1 })
    expect(await windowScrolls()).toBe(false)
    await page.screenshot({ path: `docs/quotes-${width}x${height}.png` })

    await ready(page, 'checks')
    for (let i = 0; i < 5; i++) await expect(page.getByTestId('check-item').nth(i)).toBeInViewport({ ratio: 1 })
    expect(await windowScrolls()).toBe(false)
    await page.screenshot({ path: `docs/checks-${width}x${height}.png` })

    await ready(page, 'brief')
    const pane = page.getByTestId('pane-brief')
    await expect(pane.getByRole('textbox', { name: 'Titulli' })).toBeInViewport({ ratio: 1 })
    await expect(page.getByTestId('brief-lede')).toBeInViewport({ ratio: 1 })
    await expect(page.getByTestId('brief-quote').first().locator('.brief-quote-text')).toBeInViewport({ ratio: 1 })
    expect(await windowScrolls()).toBe(false)
    await page.screenshot({ path: `docs/brief-${width}x${height}.png` })
  })
}

test('keys move between the panes; Esc from the comparison returns to its check; ? lists every pane’s keys', async ({ page }) => {
  await openApp(page)
  await ready(page, 'quotes')
  await page.getByTestId('quote-item').first().locator('.quote-main').focus()

  // From the first quote, the first check is one key away.
  await page.keyboard.press('Alt+2')
  await expect(page.getByTestId('tab-checks')).toHaveAttribute('aria-selected', 'true')
  const firstCheck = page.getByTestId('check-item').first().locator('.check-open')
  await expect(firstCheck).toBeFocused()
  await page.keyboard.press('j')
  await expect(page.getByTestId('check-item').nth(1).locator('.check-open')).toBeFocused()
  await page.keyboard.press('k')
  await expect(firstCheck).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('check-drawer')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('check-drawer')).toBeHidden()
  await expect(firstCheck).toBeFocused()

  // And by Tab alone, from the Checks tab: a handful of stops, not dozens.
  await page.getByTestId('tab-checks').focus()
  let tabs = 0
  while (!(await firstCheck.evaluate((element) => element === document.activeElement)) && tabs < 30) {
    await page.keyboard.press('Tab')
    tabs++
  }
  console.log(`Tabs from the Checks tab to the first check: ${tabs}`)
  expect(tabs).toBeLessThanOrEqual(6)

  await page.keyboard.press('Alt+3')
  await expect(page.getByTestId('pane-brief').getByRole('textbox', { name: 'Titulli' })).toBeFocused()
  await page.keyboard.press('Alt+1')
  await expect(page.getByTestId('quote-item').first().locator('.quote-main')).toBeFocused()
  await page.keyboard.press('Alt+0')
  await expect(page.getByTestId('editor')).toBeFocused()

  // ? from the brief (not while typing): every pane's keys in one list.
  await showPane(page, 'brief')
  await page.getByTestId('export-markdown').focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Shkurtoret e tastierës' })
  for (const words of ['Hap Kontrollet', 'Citimi tjetër', 'Kontrolli tjetër', 'Mbyll krahasimin dhe kthehu te kontrolli', 'Lëviz pikën ose citimin lart / poshtë', 'Gjej në artikull']) {
    await expect(help).toContainText(words)
  }
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  // Typed in a field, ? is a question mark.
  await page.getByTestId('pane-brief').getByRole('textbox', { name: 'Titulli' }).press('ControlOrMeta+End')
  await page.getByTestId('pane-brief').getByRole('textbox', { name: 'Titulli' }).press('?')
  await expect(page.getByTestId('pane-brief').getByRole('textbox', { name: 'Titulli' })).toHaveValue(/\?$/)
  await expect(help).toHaveCount(0)
})

test('the pane chosen and the column sizes are kept across a reload; the dividers have a grip', async ({ page }) => {
  await openApp(page)
  await ready(page, 'checks')
  const side = page.locator('#panel-side')
  const before = (await side.boundingBox())!
  const divider = page.getByRole('separator').nth(1)
  await expect(divider.locator('.resize-grip')).toBeVisible()
  const grip = (await divider.boundingBox())!
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
  await page.mouse.down()
  await page.mouse.move(grip.x - 150, grip.y + grip.height / 2, { steps: 8 })
  await page.mouse.up()
  const wider = (await side.boundingBox())!
  expect(wider.width).toBeGreaterThan(before.width + 100)

  await page.reload()
  await expect(page.getByTestId('tab-checks')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('check-item')).toHaveCount(5)
  expect(Math.abs((await side.boundingBox())!.width - wider.width)).toBeLessThan(3)
})

test('suggested quotes are marked lightly in the text; accepted ones become tags', async ({ page }) => {
  await openApp(page)
  await ready(page, 'quotes')
  const painted = () => page.evaluate(() => (CSS.highlights.get('quote-suggested') as unknown as Set<Range> | undefined)?.size ?? 0)
  await expect.poll(painted).toBe(5)
  await page.getByTestId('quote-item').first().getByRole('button', { name: 'Prano' }).click()
  await expect(page.getByTestId('editor').locator('mark.ed-quote-mark')).toHaveCount(1)
  await expect.poll(painted).toBe(4)
})
