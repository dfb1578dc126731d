import type { Locator, Page } from '@playwright/test'
import { expect, openApp, showPane, test } from './fixtures'

// An article about people and bodies that no built-in list holds: who speaks for whom is learned
// from the text, explained in one sentence, and fixed by the editor in one step.

const ARTICLE = [
  'Ministrja e Drejtësisë, Elira Kolaneci, prezantoi të hënën planin për burgjet.',
  '“Dy burgje të reja do të ndërtohen në Pogradec”, tha Kolaneci.',
  'Kryetari i Sindikatës së Punonjësve të Burgjeve, Sokol Qyqja, tha se “pagat e rojeve mbeten më të ulëtat në administratë”.',
  'Kolaneci pranoi gjithashtu se “turnet e natës janë të rënda për rojet”.',
  'Zëdhënësi i Sindikatës, Ardit Lleshi, shtoi se “greva nis të hënën”.',
  'Deklarata e Ministrisë së Drejtësisë:',
  'Dy burgje të reja do të ndërtohen në Pogradec dhe në Sarandë.',
  'Komunikata e Sindikatës së Punonjësve të Burgjeve:',
  'Pagat e rojeve mbeten më të ulëtat në administratë. Turnet e natës janë të rënda për rojet.',
].join('\n')

const pane = (page: Page) => page.getByTestId('pane-checks')

/** The quote's group in the checks pane, by words of the quote. */
const group = (page: Page, words: string): Locator => pane(page).locator('.check-quote').filter({ hasText: words })

test('an article whose speakers are in no list gets its attributions from the text, explained, and fixed in one step', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  await page.getByTestId('import-article').setInputFiles({ name: 'burgjet.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) })
  await expect(page.getByTestId('editor')).toContainText('Elira Kolaneci')
  await expect(pane(page).getByTestId('source-item')).toHaveText(['Deklarata e Ministrisë së Drejtësisë', 'Komunikata e Sindikatës së Punonjësve të Burgjeve'])
  await expect(pane(page).getByTestId('check-item').and(page.locator('[data-status="pending"]'))).toHaveCount(0)

  // The minister, named by her surname, in her ministry's statement.
  const plan = group(page, 'Dy burgje të reja')
  await expect(plan.locator('[data-testid="check-item"][data-best]')).toHaveAttribute('data-attribution', 'consistent')
  await expect(plan.getByTestId('attribution-note')).toContainText(
    'Gjendet te «Deklarata e Ministrisë së Drejtësisë», burim i Ministrisë së Drejtësisë; sipas artikullit, Elira Kolaneci flet në emër të Ministrisë së Drejtësisë.',
  )
  // The union's statement never was its source: shown apart, not as an error, and the counter agrees.
  await expect(plan.locator('.check-results.quiet [data-testid="check-item"]')).toHaveCount(1)
  await expect(plan.locator('.check-results.quiet')).not.toContainText('Nuk u gjet')
  await expect(pane(page).getByRole('button', { name: /^Nuk u gjet 1$/ })).toBeVisible()

  // The union leader in his union's communiqué.
  await expect(group(page, 'pagat e rojeve').locator('[data-best]')).toHaveAttribute('data-attribution', 'consistent')

  // The minister credited with the union's line: the article itself sets them on two sides.
  const shifts = group(page, 'turnet e natës')
  await expect(shifts.locator('[data-best]')).toHaveAttribute('data-attribution', 'mismatch')
  await expect(shifts.getByTestId('attribution-note')).toContainText(
    'U gjet te «Komunikata e Sindikatës së Punonjësve të Burgjeve», burim i Sindikatës së Punonjësve të Burgjeve, por artikulli ia atribuon Elira Kolanecit.',
  )

  // The spokesman's words are in no source: no attribution tick on the rows that do not contain them.
  const strike = group(page, 'greva nis')
  await expect(strike.getByTestId('attribution-note')).toContainText('Nuk gjendet në asnjë burim')
  await expect(strike.getByTestId('check-item').locator('.attribution-flag')).toHaveCount(0)
  // Missing from the ministry's statement, where it was never expected, is no error either.
  await expect(strike.locator('.check-elsewhere')).toContainText('nuk është këtu')
  await expect(strike.locator('.check-elsewhere')).not.toContainText('Nuk u gjet')
  await page.setViewportSize({ width: 1440, height: 1700 })
  await pane(page).screenshot({ path: 'docs/checks-attribution.png' })
  await page.setViewportSize({ width: 1440, height: 900 })

  // A post by someone the article never mentions: unknown, and linked in one step.
  await pane(page).getByRole('button', { name: 'Shto burim', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Shto burim' })
  await dialog.getByLabel('Titulli').fill('Postim në Facebook')
  await dialog.getByLabel('Autori').fill('Mira Kodra')
  await dialog.getByLabel('Teksti i burimit').fill('Greva nis të hënën në të gjitha burgjet.')
  await dialog.getByRole('button', { name: 'Shto burimin' }).click()
  await expect(dialog).toBeHidden()
  await expect(strike.locator('[data-best]')).toHaveAttribute('data-attribution', 'unknown')
  await expect(strike.getByTestId('attribution-note')).toContainText('Autori i burimit, Mira Kodra, nuk dihet të flasë në emër të Ardit Lleshit. Lidhini nëse janë e njëjta palë.')
  await strike.getByRole('button', { name: 'Lidhi: Ardit Lleshi flet në emër të Mira Kodrës' }).click()
  await expect(strike.locator('[data-best]')).toHaveAttribute('data-attribution', 'consistent')
  await expect(strike.getByTestId('attribution-note')).toContainText('sipas lidhjes që keni bërë, Ardit Lleshi flet në emër të Mira Kodrës.')

  // The link holds after a reload, and the brief follows it, without starting over.
  await page.reload()
  await expect(group(page, 'greva nis').locator('[data-best]')).toHaveAttribute('data-attribution', 'consistent')
  await showPane(page, 'brief')
  const inBrief = page.getByTestId('brief-quote').filter({ hasText: 'greva nis' })
  await expect(inBrief).toHaveAttribute('data-attribution', 'consistent')
  await expect(inBrief.getByRole('textbox', { name: /^Shënim për citimin/ })).toHaveValue(/gjendet fjalë për fjalë në burimin «Postim në Facebook»/)
  // And it can be taken back in one step, the brief following again.
  await showPane(page, 'checks')
  await group(page, 'greva nis').getByRole('button', { name: 'Hiq lidhjen' }).click()
  await expect(group(page, 'greva nis').locator('[data-best]')).toHaveAttribute('data-attribution', 'unknown')
  await expect(inBrief).toHaveAttribute('data-attribution', 'unknown')
})

test('a name’s form in the explanations is corrected once and used from then on', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  await page.getByTestId('import-article').setInputFiles({ name: 'burgjet.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) })
  const shifts = group(page, 'turnet e natës')
  await expect(shifts.getByTestId('attribution-note')).toContainText('ia atribuon Elira Kolanecit')
  await shifts.getByRole('button', { name: 'Trajtat e emrave' }).click()
  await shifts.getByLabel('«Elira Kolaneci» pas «i/e» (p.sh. burim i …)').fill('Elira Kolanecit (ministres)')
  await shifts.getByRole('button', { name: 'Ruaj trajtat' }).click()
  await expect(shifts.getByTestId('attribution-note')).toContainText('ia atribuon Elira Kolanecit (ministres)')
})

test('in the speaker dialog Enter does what the text says, and “speaks for” links are added and removed there', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('import-article').setInputFiles({ name: 'burgjet.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) })
  const quotes = page.getByTestId('pane-quotes')
  const item = quotes.getByTestId('quote-item').filter({ hasText: 'greva nis të hënën' })
  await item.locator('.quote-speaker').click()
  const dialog = page.getByRole('dialog', { name: 'Folësi i citimit' })
  // "Ardit" starts an existing name, but it is not that name: Enter creates what was typed.
  await dialog.getByRole('searchbox').fill('Ardit Lleshaj')
  await expect(dialog.getByTestId('speaker-enter')).toHaveText('Enter krijon entitetin e ri «Ardit Lleshaj».')
  await dialog.getByRole('searchbox').press('Enter')
  await expect(item).toHaveAttribute('data-speaker', 'Ardit Lleshaj')

  // The speaker now speaks for the union: its communiqué becomes his own source.
  await item.locator('.quote-speaker').click()
  const speaksFor = dialog.getByRole('region', { name: 'Flet në emër të' })
  await expect(speaksFor).toContainText('Asnjë lidhje')
  await dialog.getByLabel('Entiteti ose institucioni').fill('Sindikata e Punonjësve të Burgjeve')
  await dialog.getByRole('button', { name: 'Flet në emër të tij' }).click()
  await expect(speaksFor).toContainText('flet në emër të «Sindikata e Punonjësve të Burgjeve»')
  await dialog.getByRole('button', { name: 'Hiq lidhjen me «Sindikata e Punonjësve të Burgjeve»' }).click()
  await expect(speaksFor).toContainText('Asnjë lidhje')
  await dialog.getByRole('searchbox').fill('Ardit Lleshaj')
  await expect(dialog.getByTestId('speaker-enter')).toHaveText('Enter zgjedh «Ardit Lleshaj».')
})
