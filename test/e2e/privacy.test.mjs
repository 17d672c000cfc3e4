// Withdrawing consent (PIPL) in a real browser: what the device kept of the citizen — the encrypted application
// draft in IndexedDB (and the key that could read it), the recent searches, the session — is gone, on screen too.
import assert from 'node:assert/strict'
import {
  control,
  currentPage,
  e2e,
  HOME_ROUTE,
  ME_ROUTE,
  openPage,
  signIn,
  tap,
  waitForRoute,
} from './browser.mjs'
import { api, newIdNumber } from './simulator.mjs'

const SEARCH = 'packages/guide/search/index'
const FORM = `packages/apply/form/index?targetId=i-no-criminal-record&answers=${encodeURIComponent(
  'household_local:yes,applicant:self,purpose:job',
)}`
const PRIVACY = 'packages/account/privacy/index'

/** Every record in the secure store (the AES key included) and every localStorage key. */
function deviceStorage(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('ttb-secure')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const secureKeys = db.objectStoreNames.contains('entries')
      ? await new Promise((resolve) => {
          const req = db.transaction('entries').objectStore('entries').getAllKeys()
          req.onsuccess = () => resolve(req.result.map(String))
        })
      : []
    db.close()
    return { secureKeys, localKeys: Object.keys(localStorage) }
  })
}

e2e(
  '撤回授权 clears the encrypted draft, its key and the recent searches, and signs the citizen out',
  async ({ page }) => {
    const phone = await signIn(page)
    const token = (await api('POST', '/__sim/login', { body: { phone } })).body.accessToken
    const verified = await api('POST', '/me/realname', {
      body: { name: '赵春梅', idNumber: newIdNumber() },
      token,
    })
    assert.equal(verified.status, 200, JSON.stringify(verified.body))

    // A search remembered, and an application begun: both kept on the device.
    await openPage(page, SEARCH)
    const search = currentPage(page).getByRole('searchbox', { name: '说说您要办什么' })
    await search.fill('开无犯罪证明')
    await search.press('Enter')
    await openPage(page, FORM)
    // An ID card's image is sensitive personal information: the separate consent comes before the form.
    await currentPage(page).getByText('办理前需要您单独同意').waitFor({ timeout: 15_000 })
    await tap(page, '同意并继续')
    await currentPage(page).getByText('已为您自动填好').first().waitFor({ timeout: 15_000 })
    await page.waitForFunction(
      async () =>
        new Promise((resolve) => {
          const open = indexedDB.open('ttb-secure')
          open.onsuccess = () => {
            const req = open.result.transaction('entries').objectStore('entries').getAllKeys()
            req.onsuccess = () =>
              resolve(req.result.some((key) => String(key).startsWith('ttb.apply.draft.')))
          }
        }),
      null,
      { timeout: 10_000 },
    )
    const before = await deviceStorage(page)
    assert.ok(before.secureKeys.includes('__key__'), `no key in the secure store: ${before.secureKeys}`)
    assert.ok(before.localKeys.includes('ttb.recent-searches.v1'), 'the search was not remembered')

    // 首页 lists the search; then 我的 → 隐私与授权 → 撤回个人信息授权 → 确认撤回, the tabs staying mounted.
    await openPage(page, HOME_ROUTE)
    await control(page, '搜索：开无犯罪证明').waitFor({ timeout: 10_000 })
    await page.getByRole('link', { name: '我的', exact: true }).click()
    await waitForRoute(page, ME_ROUTE)
    await tap(page, /隐私与授权/)
    await waitForRoute(page, PRIVACY)
    await tap(page, '撤回个人信息授权')
    await page.locator('.taro-model__confirm').filter({ hasText: '确认撤回' }).click()
    await currentPage(page).getByText('未同意：只能浏览，不能登录和办事').waitFor({ timeout: 10_000 })

    await page.waitForFunction(() => !localStorage.getItem('ttb.session.v1'), null, { timeout: 10_000 })
    const after = await deviceStorage(page)
    assert.deepEqual(after.secureKeys, [], 'the secure store still holds records')
    assert.ok(!after.localKeys.includes('ttb.recent-searches.v1'), 'recent searches are still kept')

    await page.goBack()
    await waitForRoute(page, ME_ROUTE)
    await page.getByRole('link', { name: '首页', exact: true }).click()
    await waitForRoute(page, HOME_ROUTE)
    assert.equal(
      await currentPage(page).getByText('开无犯罪证明').count(),
      0,
      'the home tab still lists the search',
    )
  },
)
