// 长辈版 (elder mode) against the MIIT 适老化 rules (domain.md): body text ≥ 18 px, main title ≥ 30 px,
// line height ≥ 1.3, contrast ≥ 4.5:1, touch targets ≥ 60 × 60 — on 我的 and on every tab page.
import assert from 'node:assert/strict'
import { appPages } from './app-config.mjs'
import { ME_ROUTE, acceptConsent, currentPage, e2e, openPage, runAxe, waitForPage } from './browser.mjs'

const tabRoutes = (await appPages()).filter((p) => p.tab).map((p) => p.route)
// Roles a citizen taps. A full-width row is at least 60 px wide anyway, so one rule covers rows and icons.
const TAPPABLE_ROLES = ['button', 'link', 'switch', 'checkbox', 'radio', 'tab']
const MIN_TARGET_PX = 60
// Sub-pixel layout (rem/rpx conversions) may round a 60 px box to 59.8.
const ROUNDING_PX = 0.5

function elderSwitch(page) {
  const root = currentPage(page)
  return root
    .getByRole('switch', { name: /长辈版/ })
    .or(root.getByRole('checkbox', { name: /长辈版/ }))
    .first()
}

/** Font size and line height of every visible piece of text on the page, and whether elder mode is applied. */
function readText(page) {
  return currentPage(page).evaluate((root) => {
    const texts = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!node.textContent.trim() || !el.checkVisibility()) continue
      const style = getComputedStyle(el)
      texts.push({
        text: node.textContent.trim().slice(0, 24),
        fontSize: parseFloat(style.fontSize),
        // `normal` is about 1.2 for CJK fonts: below the 1.3 required, so it counts as a failure.
        lineHeight: style.lineHeight === 'normal' ? null : parseFloat(style.lineHeight),
      })
    }
    const elder = Boolean(root.closest('.elder') || root.querySelector(':scope > .elder'))
    return { elder, texts }
  })
}

async function elderProblems(page, { title = true } = {}) {
  const problems = []
  const { elder, texts } = await readText(page)
  if (!elder) problems.push('the page root has no class "elder"')
  for (const { text, fontSize, lineHeight } of texts) {
    if (fontSize < 18) problems.push(`"${text}" is ${fontSize} px (< 18)`)
    if (lineHeight === null || lineHeight < 1.3 * fontSize) {
      problems.push(`"${text}" has line-height ${lineHeight ?? 'normal'} for ${fontSize} px (< 1.3×)`)
    }
  }
  if (title) {
    const heading = currentPage(page).getByRole('heading').first()
    if ((await heading.count()) === 0) problems.push('no element with role heading (the page title)')
    else {
      const size = await heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      if (size < 30) problems.push(`title "${await heading.innerText()}" is ${size} px (< 30)`)
    }
  }
  for (const role of TAPPABLE_ROLES) {
    for (const target of await currentPage(page).getByRole(role).filter({ visible: true }).all()) {
      const box = await target.boundingBox()
      if (box && (box.width < MIN_TARGET_PX - ROUNDING_PX || box.height < MIN_TARGET_PX - ROUNDING_PX)) {
        const name =
          (await target.getAttribute('aria-label')) ?? (await target.innerText()).trim().slice(0, 24)
        problems.push(`${role} "${name}" is ${Math.round(box.width)}×${Math.round(box.height)} px (< 60×60)`)
      }
    }
  }
  for (const v of await runAxe(page, { runOnly: ['color-contrast'] })) {
    problems.push(`contrast below 4.5:1: ${v.nodes.join(', ')}`)
  }
  return problems
}

e2e(
  '长辈版 enlarges text and targets on every tab page, survives a reload, and switching it off restores',
  async ({ page }) => {
    await openPage(page, ME_ROUTE)
    await acceptConsent(page)
    const before = await readText(page)
    assert.equal(before.elder, false, 'elder mode is on before the citizen asked for it')

    const toggle = elderSwitch(page)
    await toggle.click()
    assert.equal(await toggle.isChecked(), true, 'the 长辈版 switch does not report itself as on')
    await page.waitForFunction(() => document.querySelector('.elder'))
    assert.deepEqual(await elderProblems(page), [], '我的 in 长辈版')

    await page.reload()
    await page.waitForLoadState('networkidle')
    await waitForPage(page)
    assert.equal(await elderSwitch(page).isChecked(), true, '长辈版 was forgotten after a reload')
    assert.deepEqual(await elderProblems(page), [], '我的 in 长辈版 after a reload')

    for (const route of tabRoutes.filter((r) => r !== ME_ROUTE)) {
      await openPage(page, route)
      assert.deepEqual(await elderProblems(page), [], `${route} in 长辈版`)
    }

    await openPage(page, ME_ROUTE)
    await elderSwitch(page).click()
    await page.waitForFunction(() => !document.querySelector('.elder'))
    const after = await readText(page)
    const sizeBefore = new Map(before.texts.map((t) => [t.text, t.fontSize]))
    const notRestored = after.texts
      .filter((t) => sizeBefore.has(t.text) && sizeBefore.get(t.text) !== t.fontSize)
      .map((t) => `"${t.text}" ${sizeBefore.get(t.text)} → ${t.fontSize} px`)
    assert.deepEqual(notRestored, [], 'switching 长辈版 off did not restore the standard text sizes')
  },
  { timeout: 30_000 + tabRoutes.length * 15_000 },
)
