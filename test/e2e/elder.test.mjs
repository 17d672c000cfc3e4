// 长辈版 (elder mode) against the MIIT 适老化 rules (domain.md): body text ≥ 18 px, main title ≥ 30 px,
// line height ≥ 1.3, contrast ≥ 4.5:1, touch targets ≥ 60 × 60 — on 我的 and on every tab page, and on the
// H5 tab bar below them.
import assert from 'node:assert/strict'
import { appPages } from './app-config.mjs'
import {
  ME_ROUTE,
  acceptConsent,
  currentPage,
  e2e,
  elderProblems,
  openPage,
  readText,
  signIn,
  waitForPage,
} from './browser.mjs'

const tabRoutes = (await appPages()).filter((p) => p.tab).map((p) => p.route)

/**
 * The H5 tab bar is outside every page, so elderProblems (which reads the page) never sees it: 长辈版 reaches
 * it through <html class="elder-mode">. Labels ≥ 18 px with line height ≥ 1.3 and items ≥ 60 × 60 in 长辈版;
 * in either mode no item cut off at the bottom of the screen. Returns the labels' sizes too.
 */
function tabBarProblems(page, { elder }) {
  return page.evaluate((elder) => {
    const problems = []
    if (document.documentElement.classList.contains('elder-mode') !== elder)
      problems.push(`<html> ${elder ? 'lacks' : 'still has'} the class "elder-mode"`)
    const labels = [...document.querySelectorAll('.weui-tabbar__label')].filter((el) => el.checkVisibility())
    if (labels.length === 0) problems.push('no tab bar label on screen')
    const sizes = {}
    for (const label of labels) {
      const text = label.textContent.trim()
      const style = getComputedStyle(label)
      const size = parseFloat(style.fontSize)
      const lineHeight = style.lineHeight === 'normal' ? null : parseFloat(style.lineHeight)
      sizes[text] = size
      if (elder && size < 18) problems.push(`tab "${text}" is ${size} px (< 18)`)
      if (lineHeight === null || lineHeight < 1.3 * size)
        problems.push(`tab "${text}" has line-height ${lineHeight ?? 'normal'} for ${size} px (< 1.3×)`)
      const item = label.closest('.weui-tabbar__item').getBoundingClientRect()
      if (elder && (item.width < 59.5 || item.height < 59.5))
        problems.push(`tab "${text}" is ${Math.round(item.width)}×${Math.round(item.height)} px (< 60×60)`)
      if (item.bottom > innerHeight + 0.5)
        problems.push(`tab "${text}" is cut off at the bottom of the screen`)
    }
    return { problems, sizes }
  }, elder)
}

function elderSwitch(page) {
  const root = currentPage(page)
  return root
    .getByRole('switch', { name: /长辈版/ })
    .or(root.getByRole('checkbox', { name: /长辈版/ }))
    .first()
}

e2e(
  '长辈版 enlarges text and targets on every tab page, survives a reload, and switching it off restores',
  async ({ page }) => {
    await openPage(page, ME_ROUTE)
    await acceptConsent(page)
    const before = await readText(page)
    assert.equal(before.elder, false, 'elder mode is on before the citizen asked for it')
    const tabsBefore = await tabBarProblems(page, { elder: false })
    assert.deepEqual(tabsBefore.problems, [], 'tab bar before 长辈版')

    const toggle = elderSwitch(page)
    await toggle.click()
    assert.equal(await toggle.isChecked(), true, 'the 长辈版 switch does not report itself as on')
    await page.waitForFunction(() => document.querySelector('.elder'))
    assert.deepEqual(await elderProblems(page), [], '我的 in 长辈版')
    assert.deepEqual((await tabBarProblems(page, { elder: true })).problems, [], 'tab bar in 长辈版')

    await page.reload()
    await page.waitForLoadState('networkidle')
    await waitForPage(page)
    assert.equal(await elderSwitch(page).isChecked(), true, '长辈版 was forgotten after a reload')
    assert.deepEqual(await elderProblems(page), [], '我的 in 长辈版 after a reload')
    assert.deepEqual(
      (await tabBarProblems(page, { elder: true })).problems,
      [],
      'tab bar in 长辈版 after a reload',
    )

    for (const route of tabRoutes.filter((r) => r !== ME_ROUTE)) {
      await openPage(page, route)
      assert.deepEqual(await elderProblems(page), [], `${route} in 长辈版`)
      assert.deepEqual((await tabBarProblems(page, { elder: true })).problems, [], `tab bar on ${route}`)
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
    const tabsAfter = await tabBarProblems(page, { elder: false })
    assert.deepEqual(tabsAfter.problems, [], 'tab bar after switching 长辈版 off')
    assert.deepEqual(tabsAfter.sizes, tabsBefore.sizes, 'switching 长辈版 off did not restore the tab bar')
  },
  { timeout: 30_000 + tabRoutes.length * 15_000 },
)

e2e('长辈版 on a 360 px phone, on pages a citizen types on: 我的办件 and 办不成事反映', async ({ page }) => {
  // The narrowest common Android screen: the longest labels wrap here first.
  await page.setViewportSize({ width: 360, height: 780 })
  await signIn(page)
  await openPage(page, ME_ROUTE)
  await elderSwitch(page).click()
  await page.waitForFunction(() => document.querySelector('.elder'))

  await openPage(page, 'packages/cases/list/index')
  await currentPage(page).getByText('用办件编号查询').waitFor()
  assert.deepEqual(await elderProblems(page), [], '我的办件 in 长辈版')

  await openPage(page, 'packages/cases/feedback/index')
  const box = currentPage(page).locator('.field__input--multiline').first()
  await box.waitFor()
  assert.deepEqual(await elderProblems(page), [], '办不成事反映 in 长辈版')
  // The whole box takes the tap, down to its bottom edge, not only the first line.
  const { height } = await box.boundingBox()
  await box.click({ position: { x: 40, y: height - 12 } })
  assert.equal(
    await page.evaluate(() => document.activeElement?.tagName),
    'TEXTAREA',
    'the box did not focus',
  )
})
