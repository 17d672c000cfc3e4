// 智能引导 (issue #3), as a citizen does it: a colloquial question typed on the search page → the 一件事 →
// its questions one at a time (going back once and changing an answer) → check your answers → the checklist,
// which must say exactly what POST /guide/evaluate says for the same answers. Then the same pages in 长辈版.
import assert from 'node:assert/strict'
import {
  API_URL,
  HOME_ROUTE,
  ME_ROUTE,
  acceptConsent,
  assertNoSeriousA11yIssues,
  currentPage,
  e2e,
  elderProblems,
  openPage,
  tap,
  waitForPage,
} from './browser.mjs'

const SEARCH_ROUTE = 'packages/guide/search/index'
const BUNDLE_NAME = '新生儿出生一件事'

async function platform(path, body) {
  const response = await fetch(`${API_URL}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  })
  assert.equal(response.status, 200, `${path} answered ${response.status}`)
  return response.json()
}

const newborn = await (async () => {
  const { entries } = await platform('/catalog/index')
  const entry = entries.find((e) => e.name === BUNDLE_NAME)
  assert.ok(entry, `${BUNDLE_NAME} is not in the catalog index`)
  return platform(`/bundles/${entry.id}`)
})()

/** The label a citizen taps for a question's option value. */
function optionLabel(questionId, value) {
  const question = newborn.questions.find((q) => q.id === questionId)
  assert.ok(question, `the seed has no question ${questionId}`)
  const option = question.options.find((o) => o.value === value)
  assert.ok(option, `question ${questionId} has no option ${value}`)
  return { text: question.text, label: option.label }
}

const heading = (page) => currentPage(page).getByRole('heading', { level: 1 }).first()

async function expectQuestion(page, questionId) {
  const { text } = optionLabel(
    questionId,
    newborn.questions.find((q) => q.id === questionId).options[0].value,
  )
  await heading(page).filter({ hasText: text }).waitFor({ timeout: 10_000 })
}

function radio(page, questionId, value) {
  return currentPage(page).getByRole('radio', { name: optionLabel(questionId, value).label, exact: true })
}

async function choose(page, questionId, value) {
  await expectQuestion(page, questionId)
  await radio(page, questionId, value).click()
  assert.equal(await radio(page, questionId, value).getAttribute('aria-checked'), 'true')
  await tap(page, '继续')
}

/** Search → 新生儿出生一件事 → its intro. */
async function findTheBundle(page) {
  await openPage(page, SEARCH_ROUTE)
  const input = currentPage(page).getByRole('searchbox', { name: '说说您要办什么' })
  await input.waitFor()
  assert.equal(
    await input.evaluate((el) => el === document.activeElement),
    true,
    'the search input is not focused',
  )
  await input.pressSequentially('生娃了要办啥', { delay: 30 })
  const first = currentPage(page).locator('.entry-row').first()
  await first.filter({ hasText: BUNDLE_NAME }).waitFor({ timeout: 10_000 })
  assert.equal(
    await first.locator('.kind-badge').innerText(),
    '一件事',
    'the result does not say it is a 一件事',
  )
  await assertNoSeriousA11yIssues(page, 'search results')
  await first.click()
  await page.waitForURL((url) => url.hash.includes('packages/guide/bundle/index'), { timeout: 10_000 })
  await waitForPage(page)
  await heading(page).filter({ hasText: BUNDLE_NAME }).waitFor({ timeout: 10_000 })
}

e2e(
  'a colloquial question leads to 新生儿出生一件事; its questions one by one give the platform’s checklist',
  async ({ page }) => {
    await openPage(page, HOME_ROUTE)
    await acceptConsent(page)
    await findTheBundle(page)
    await assertNoSeriousA11yIssues(page, 'bundle intro')
    await tap(page, '开始回答')

    await choose(page, 'child_age', 'under1')
    await choose(page, 'born_in_province', 'yes')
    await expectQuestion(page, 'parents_married')
    await assertNoSeriousA11yIssues(page, 'question page')
    await choose(page, 'parents_married', 'yes')
    await choose(page, 'settle_with', 'father')
    await expectQuestion(page, 'social_card')

    // Back twice: the earlier answers are still chosen; changing "married" drops the follow-up question.
    await tap(page, '‹ 返回')
    await expectQuestion(page, 'settle_with')
    assert.equal(await radio(page, 'settle_with', 'father').getAttribute('aria-checked'), 'true')
    await tap(page, '‹ 返回')
    await expectQuestion(page, 'parents_married')
    assert.equal(await radio(page, 'parents_married', 'yes').getAttribute('aria-checked'), 'true')
    await choose(page, 'parents_married', 'no')
    await expectQuestion(page, 'social_card')
    await currentPage(page).getByText('第 4 题，共 4 题').waitFor()
    await choose(page, 'social_card', 'yes')

    await heading(page).filter({ hasText: '核对您的回答' }).waitFor()
    const answers = {
      child_age: 'under1',
      born_in_province: 'yes',
      parents_married: 'no',
      social_card: 'yes',
    }
    const changeLinks = currentPage(page).getByRole('link', { name: /^修改：/ })
    assert.deepEqual(
      await changeLinks.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label'))),
      Object.keys(answers).map((id) => `修改：${optionLabel(id, answers[id]).text}`),
    )
    for (const [id, value] of Object.entries(answers)) {
      await currentPage(page).getByText(optionLabel(id, value).label, { exact: true }).waitFor()
    }
    await assertNoSeriousA11yIssues(page, 'check your answers')

    const [evaluated] = await Promise.all([
      page.waitForResponse((res) => res.url().endsWith('/api/v1/guide/evaluate')),
      tap(page, '确认，查看我的办事清单'),
    ])
    assert.deepEqual(evaluated.request().postDataJSON(), { targetId: newborn.id, answers })
    const result = await evaluated.json()
    assert.deepEqual(result, await platform('/guide/evaluate', { targetId: newborn.id, answers }))

    const checklist = currentPage(page)
    await heading(page).filter({ hasText: '您的办事清单' }).waitFor()
    await checklist.getByText('已与省政务服务平台核对，清单一致。').waitFor({ timeout: 10_000 })

    await checklist.getByText(`要办的事项（${result.items.length} 项）`).waitFor()
    const itemRows = checklist.locator('.entry-row')
    assert.deepEqual(
      await itemRows.locator('.entry-row__name').allInnerTexts(),
      result.items.map((item) => item.name),
    )
    for (const skipped of result.skippedItems)
      await checklist.getByText(skipped.name, { exact: true }).waitFor()

    await checklist.getByText(`材料清单（共 ${result.materials.length} 项，已去掉重复的）`).waitFor()
    const materialNames = await checklist.locator('.material__name').allInnerTexts()
    assert.deepEqual(
      [...materialNames].sort(),
      result.materials.map((m) => m.name).sort(),
      'the checklist does not list each material of the platform’s result exactly once',
    )
    assert.ok(
      result.materials.some((m) => m.forItems.length > 1),
      'the journey should cover a material shared by several items',
    )
    for (const note of result.notes) await checklist.getByText(note).waitFor()
    await checklist.getByRole('button', { name: '预约办理' }).waitFor()
    await checklist.getByRole('button', { name: '分享给家人' }).waitFor()
    await checklist
      .getByRole('button', { name: /拨打电话$/ })
      .first()
      .waitFor()
    await assertNoSeriousA11yIssues(page, 'checklist')

    // 在线办理 hands the answers to the one merged form; a guest signs in first and comes back to it.
    await tap(page, '在线办理')
    await waitForPage(page)
    assert.match(
      page.url(),
      /packages\/(apply\/form|account\/login)\/index/,
      `在线办理 opened ${page.url()} instead of the form (or login on the way to it)`,
    )
    assert.match(decodeURIComponent(page.url()), /targetId=b-newborn/)
  },
  { timeout: 120_000 },
)

e2e(
  '长辈版: search, question pages and the checklist keep big text and 60 px targets',
  async ({ page }) => {
    await openPage(page, ME_ROUTE)
    await acceptConsent(page)
    await currentPage(page)
      .getByRole('switch', { name: /长辈版/ })
      .click()
    await page.waitForFunction(() => document.querySelector('.elder'))

    await findTheBundle(page)
    assert.deepEqual(await elderProblems(page), [], 'bundle intro in 长辈版')
    await tap(page, '开始回答')
    await expectQuestion(page, 'child_age')
    assert.deepEqual(await elderProblems(page), [], 'question page in 长辈版')
    const titleSize = await heading(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    assert.ok(titleSize >= 30, `the question is ${titleSize} px (< 30)`)

    for (const [id, value] of [
      ['child_age', 'under1'],
      ['born_in_province', 'no'],
      ['parents_married', 'yes'],
      ['settle_with', 'mother'],
      ['social_card', 'no'],
    ])
      await choose(page, id, value)
    await tap(page, '确认，查看我的办事清单')
    await currentPage(page).getByText('已与省政务服务平台核对，清单一致。').waitFor({ timeout: 10_000 })
    assert.deepEqual(await elderProblems(page), [], 'checklist in 长辈版')
    await assertNoSeriousA11yIssues(page, 'checklist in 长辈版')
  },
  { timeout: 120_000 },
)
