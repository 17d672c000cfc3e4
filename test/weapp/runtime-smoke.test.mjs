/**
 * Runs the built weapp (dist/weapp) in Node with a stubbed `wx` and renders the home page through
 * WeChat's own WXML compiler: the app launches, the home page shows its entries, taps navigate.
 * One app per process (Taro's runtime is a singleton): keep other harness scenarios in their own files.
 * Builds nothing: run `npm run build:weapp` first.
 */
import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { launchApp } from './harness.mjs'

/** A two-entry catalog index, as GET /catalog/index answers it (the guide search page's test below). */
const CATALOG_INDEX = {
  version: 'smoke-1',
  entries: [
    {
      id: 'b-newborn',
      kind: 'bundle',
      name: '新生儿出生一件事',
      aliases: ['生娃', '生孩子'],
      department: '昭通市卫生健康委员会',
      tags: ['新生儿'],
      hot: 900,
    },
    {
      id: 'i-passport',
      kind: 'item',
      name: '普通护照签发',
      aliases: ['办护照'],
      department: '昭通市公安局',
      tags: ['出入境'],
      hot: 300,
    },
  ],
}
const GUIDE_ROUTES = { 'GET /api/v1/catalog/index': { data: CATALOG_INDEX } }

/** @type {Awaited<ReturnType<typeof launchApp>>} */
let app
/** @type {Awaited<ReturnType<typeof app.openPage>>} */
let home
// A throw here (missing build, crash at launch or in the home page) fails every test with that error.
before(async () => {
  app = await launchApp({ routes: GUIDE_ROUTES })
  home = await app.openPage(app.appJson.entryPagePath ?? app.appJson.pages[0])
})

const errorsOf = (harness) =>
  harness.consoleErrors.filter(([level]) => level === 'error').map(([, text]) => text)

test('the app launches and opens its home page without throwing or logging errors', () => {
  assert.deepEqual(errorsOf(app), [])
})

test('the app runs in a WeChat-like global: no AbortController, fetch or process from Node', () => {
  // Guards the harness itself: if Node's globals leaked in, the polyfill test below would prove nothing.
  assert.equal(app.global.fetch, undefined)
  assert.equal(app.global.process, undefined)
  assert.equal(app.global.URL, undefined)
})

test('the app provides AbortController, which react-query v5 needs and WeChat lacks', () => {
  const { AbortController } = app.global
  assert.equal(
    typeof AbortController,
    'function',
    'no AbortController after launch: import the polyfill in app.tsx',
  )
  const controller = new AbortController()
  let heard = false
  controller.signal.addEventListener('abort', () => (heard = true))
  controller.abort()
  assert.equal(controller.signal.aborted, true)
  assert.equal(heard, true)
})

test('the home page renders its title and entries through the compiled WXML', () => {
  const texts = home.texts()
  assert.ok(
    texts.some((t) => t.includes('通通办')),
    `no title with 通通办 in ${JSON.stringify(texts)}`,
  )
  assert.ok(
    texts.some((t) => t.includes('搜索')),
    'no search entry (搜索)',
  )
  for (const tile of ['找服务', '预约办理', '实名认证', '长辈版'])
    assert.ok(texts.includes(tile), `no tile "${tile}"`)
  assert.deepEqual(
    home.renderWarnings,
    [],
    'wcc template warnings (a node type Taro did not emit a template for?)',
  )

  const tags = new Set()
  const collect = (node) => {
    if (typeof node === 'string') return
    tags.add(node.tag)
    node.children.forEach(collect)
  }
  collect(home.render())
  for (const tag of ['wx-view', 'wx-text', 'wx-button']) assert.ok(tags.has(tag), `no ${tag} in ${[...tags]}`)
  assert.ok('root.cn' in home.setDataCalls[0], 'the first setData is not Taro’s initial root render')
})

test('first run asks for consent; WeChat’s agreePrivacyAuthorization button dismisses it', async () => {
  assert.ok(home.findByText('个人信息保护提示'), 'no first-run consent dialog')
  const updatesBefore = home.setDataCalls.length
  await home.fire('同意并继续', 'agreeprivacyauthorization')
  assert.equal(home.findByText('个人信息保护提示'), undefined, 'consent dialog still shown after agreeing')
  assert.ok(home.setDataCalls.length > updatesBefore, 'agreeing caused no setData')
})

test('tapping the search entry and the tiles opens the right pages with the right API', async () => {
  const cases = [
    { text: '搜索', expected: { api: 'navigateTo', url: '/packages/guide/search/index' } },
    { text: '找服务', expected: { api: 'switchTab', url: '/pages/services/index' } },
    { text: '预约办理', expected: { api: 'switchTab', url: '/pages/appointments/index' } },
    { text: '实名认证', expected: { api: 'navigateTo', url: '/packages/account/realname/index' } },
  ]
  for (const { text, expected } of cases) {
    const before = app.navigations.length
    await home.tap(text)
    assert.deepEqual(app.navigations.slice(before), [expected], `tap on "${text}"`)
  }
})

// ── 智能引导: the search page in the guide subpackage ─────────────────────────────────────────────────────

/** The first element of `tag` in the page's rendered WXML tree. */
function findTag(node, tag) {
  if (typeof node === 'string') return undefined
  if (node.tag === tag) return node
  for (const child of node.children) {
    const found = findTag(child, tag)
    if (found) return found
  }
  return undefined
}

test('the guide search page loads from its subpackage, searches as the citizen types and opens a result', async () => {
  const search = await app.openPage('packages/guide/search/index')
  assert.deepEqual(errorsOf(app), [])
  const input = findTag(search.render(), 'wx-input')
  assert.ok(input, 'no input on the search page')
  assert.ok(search.texts().includes('新生儿出生一件事'), 'no hot 一件事 before typing')

  await search.fire(input, 'input', { detail: { value: '护照', cursor: 2 } })
  await app.advance(200)
  const texts = search.texts()
  assert.ok(texts.includes('护照'), `no highlighted match for 护照 in ${JSON.stringify(texts)}`)
  assert.ok(texts.includes('事项'), 'no kind badge on the result')
  assert.ok(!texts.includes('新生儿出生一件事'), 'the hot 一件事 are still shown while searching')

  const before = app.navigations.length
  await search.tap('普通')
  assert.deepEqual(app.navigations.slice(before), [
    { api: 'navigateTo', url: '/packages/guide/item/index?id=i-passport' },
  ])
  assert.deepEqual(errorsOf(app), [])
})

// ── 预约: the tab in the main package, booking and the ticket in their subpackage, against the simulator ──

/** Every element of `tag` in a rendered WXML tree. */
function findTags(node, tag, found = []) {
  if (typeof node === 'string') return found
  if (node.tag === tag) found.push(node)
  for (const child of node.children) findTags(child, tag, found)
  return found
}

const textOf = (node) => (typeof node === 'string' ? node : node.children.map(textOf).join(''))

/** The <button> saying `text` (a step title may say the same words). */
function buttonNamed(page, text) {
  const button = findTags(page.render(), 'wx-button').find((node) => textOf(node).trim() === text)
  assert.ok(button, `no button "${text}"`)
  return button
}

/**
 * Sends the app's wx.request calls to a real simulator over loopback (launchApp's routing table is empty), so
 * the subpackage pages run against the platform's real answers. Taro looks wx.request up on every call.
 */
async function connectToSimulator() {
  const { tsImport } = await import('tsx/esm/api')
  const simulatorModule = await tsImport('../../mock/app.ts', import.meta.url)
  const { startSimulator } = simulatorModule.default ?? simulatorModule
  const simulator = await startSimulator({ port: 0, stateFile: null, now: '2026-11-18T10:00:00+08:00' })
  const original = app.wx.request
  app.wx.request = (options) => {
    const url = String(options.url).replace(/^https?:\/\/[^/]+/, simulator.url)
    fetch(url, { method: options.method ?? 'GET', headers: options.header, body: options.data }).then(
      async (res) => {
        const result = { statusCode: res.status, data: await res.text(), header: {}, errMsg: 'request:ok' }
        options.success?.(result)
        options.complete?.(result)
      },
      (error) => {
        const result = { errMsg: `request:fail ${error.message}` }
        options.fail?.(result)
        options.complete?.(result)
      },
    )
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
  }
  return async () => {
    app.wx.request = original
    await simulator.close()
  }
}

/** Real network answers arrive on the host's event loop: let them land, then run the app's due timers. */
async function until(page, condition, what) {
  for (let i = 0; i < 100; i++) {
    await app.flush()
    if (condition(page)) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  assert.fail(`${what}; the page shows ${JSON.stringify(page.texts())}`)
}

test('the 预约 tab offers booking to a guest and opens the booking subpackage', async () => {
  const tab = await app.openPage('pages/appointments/index')
  assert.ok(tab.findByText('登录查看我的预约'), 'no way for a guest to see their appointments')
  const before = app.navigations.length
  await tab.tap('预约办事')
  assert.deepEqual(app.navigations.slice(before), [
    { api: 'navigateTo', url: '/packages/appointments/book/index' },
  ])
  assert.deepEqual(errorsOf(app), [])
})

test('on weapp a citizen signs in, books an evening slot and gets a ticket with a QR image', async () => {
  const disconnect = await connectToSimulator()
  try {
    const login = await app.openPage('packages/account/login/index')
    if (login.findByText('同意隐私政策')) await login.tap('同意隐私政策')
    await login.tap('微信一键登录')
    await until(login, () => app.navigations.some((n) => n.api === 'reLaunch'), 'no sign-in')

    const book = await app.openPage('packages/appointments/book/index', {
      serviceId: 'i-id-card-renewal',
      hallId: 'hall-city',
    })
    await until(book, (page) => page.texts().includes('晚间延时'), 'no evening slots on the first day')
    assert.ok(
      book.texts().includes('11月19日 周四，可约工作时间、午间、晚间，共余92个名额'),
      'the week strip',
    )
    await book.tap('18:00–18:30')
    await until(
      book,
      (page) => page.texts().includes('帮家人预约（帮办代办）'),
      'choosing a slot did not open the confirm step',
    )
    const before = app.navigations.length
    await book.tap(buttonNamed(book, '确认预约'))
    await until(book, () => app.navigations.length > before, 'booking did not open the ticket')
    const [{ api, url }] = app.navigations.slice(before)
    assert.equal(api, 'redirectTo')
    const id = /[?&]id=(a-\d+)/.exec(url)?.[1]
    assert.ok(id, `ticket route without an id: ${url}`)

    const ticket = await app.openPage('packages/appointments/ticket/index', { id })
    await until(ticket, (page) => page.texts().includes('已预约'), 'the ticket did not load')
    // The day and the time range are apart (a wrap never splits 18:00–18:30); who will come has its label.
    const texts = ticket.texts()
    assert.ok(texts.includes('明天 11月19日 周四') || texts.includes('11月19日 周四'), JSON.stringify(texts))
    assert.ok(texts.includes('18:00–18:30'), JSON.stringify(texts))
    assert.ok(texts.includes('办事人'), JSON.stringify(texts))
    const [qr] = findTags(ticket.render(), 'wx-image')
    assert.ok(qr, 'no <image> for the QR code')
    assert.match(String(qr.attr.src), /^data:image\/gif;base64,/, 'the QR code is not an inline image')
    assert.deepEqual(ticket.renderWarnings, [])
    assert.deepEqual(errorsOf(app), [])
  } finally {
    await disconnect()
  }
})

// ── 一表申请: the apply subpackage against the simulator ───────────────────────────────────────────────────

/** Every input of a rendered tree with its `name`. */
const inputNamed = (page, name) => findTags(page.render(), 'wx-input').find((node) => node.attr.name === name)

/** POST through the app's own (simulator-bound) wx.request, for the platform's test controls. */
function simPost(request, path, body) {
  return new Promise((resolve, reject) =>
    request({
      url: `http://simulator/api/v1${path}`,
      method: 'POST',
      header: { 'content-type': 'application/json' },
      data: JSON.stringify(body),
      success: (res) => resolve(JSON.parse(res.data)),
      fail: reject,
    }),
  )
}

test('on weapp 王建国 agrees separately to the sensitive data, finds 新生儿出生一件事 mostly filled, and what he types is stored encrypted', async () => {
  const disconnect = await connectToSimulator()
  // The app is signed in since the booking test; this simulator knows the session as 王建国 (u-0003: verified,
  // 电子证照, earlier applications), whose requests it sees.
  const toSimulator = app.wx.request
  const { accessToken } = await simPost(toSimulator, '/__sim/login', { phone: '13908701111' })
  app.wx.request = (options) =>
    toSimulator({ ...options, header: { ...options.header, Authorization: `Bearer ${accessToken}` } })
  try {
    const form = await app.openPage('packages/apply/form/index', {
      targetId: 'b-newborn',
      answers: 'child_age:under1,born_in_province:yes,parents_married:yes,settle_with:father,social_card:yes',
    })
    // The baby's data, ID images and health data: the separate consent comes before the form.
    await until(
      form,
      (page) => page.texts().includes('办理前需要您单独同意'),
      'the separate consent did not come before the form',
    )
    assert.ok(
      form.texts().some((text) => text.startsWith('不满十四周岁孩子的个人信息')),
      'the consent does not say what it is for',
    )
    assert.equal(inputNamed(form, 'newborn.name'), undefined, 'the form shows before the consent')
    await form.tap(buttonNamed(form, '同意并继续'))
    await until(
      form,
      (page) => page.texts().includes('已为您自动填好 15 项，还需填写 3 项。请核对后继续。'),
      'the form did not open prefilled',
    )
    assert.ok(form.texts().includes('王建国'), 'the verified name is not shown')
    assert.ok(form.texts().includes('✓ 已核验 · 来自公安人口库'), 'no provenance on the verified values')

    const name = inputNamed(form, 'newborn.name')
    assert.ok(name, 'no input for 新生儿姓名')
    await form.fire(name, 'input', { detail: { value: '王小雨', cursor: 3 } })
    await until(
      form,
      () =>
        app.calls.some(
          ({ api, args }) =>
            api === 'setStorage' &&
            /^ttb\.secure\.ttb\.apply\.draft\.[\w-]+\.b-newborn$/.test(args[0].key) &&
            args[0].encrypt === true,
        ),
      'the draft was not written to WeChat’s encrypted storage',
    )
    for (const { api, args } of app.calls) {
      if ((api !== 'setStorageSync' && api !== 'setStorage') || args[0]?.encrypt === true) continue
      const written = JSON.stringify(args)
      assert.ok(
        !written.includes('王小雨') && !written.includes('530627197811050019'),
        `in clear: ${written}`,
      )
    }
    assert.deepEqual(form.renderWarnings, [])
    assert.deepEqual(errorsOf(app), [])
  } finally {
    app.wx.request = toSimulator
    await disconnect()
  }
})

// ── 办件进度 · 好差评: 我的 entries, the cases subpackage against the simulator ─────────────────────────────────

test('我的 lists 我的办件, 待评价 and 办不成事反映, each opening the cases subpackage', async () => {
  const me = await app.openPage('pages/me/index')
  for (const [text, url] of [
    ['我的办件', '/packages/cases/list/index'],
    ['待评价', '/packages/cases/pending/index'],
    ['办不成事反映', '/packages/cases/feedback/index'],
  ]) {
    const before = app.navigations.length
    await me.tap(text)
    assert.deepEqual(app.navigations.slice(before), [{ api: 'navigateTo', url }], `tap on "${text}"`)
  }
  assert.deepEqual(errorsOf(app), [])
})

test('on weapp 张明华 sees his cases, the one waiting for 补正, and its timeline', async () => {
  const disconnect = await connectToSimulator()
  const toSimulator = app.wx.request
  const { accessToken } = await simPost(toSimulator, '/__sim/login', { phone: '13887001234' })
  app.wx.request = (options) =>
    toSimulator({ ...options, header: { ...options.header, Authorization: `Bearer ${accessToken}` } })
  try {
    const list = await app.openPage('packages/cases/list/index')
    await until(list, (page) => page.texts().includes('出生登记'), 'the case list did not load')
    // WXML splits text at every {expression}: read the page as one string.
    const shown = list.texts().join('')
    for (const expected of ['全部', '普通护照签发', '住房公积金提取', '共6件，已全部显示']) {
      assert.ok(shown.includes(expected), `no "${expected}" in ${shown}`)
    }
    assert.ok(shown.includes('需要补正2项材料'), 'the case waiting for 补正 does not say what to do')
    assert.ok(shown.includes('有2件事待评价'), 'no reminder of what waits for a rating')

    const detail = await app.openPage('packages/cases/detail/index', { id: 'c-0002' })
    await until(detail, (page) => page.texts().includes('需要补正的材料'), 'the case page did not load')
    const page = detail.texts().join('')
    for (const expected of [
      '父母双方居民身份证',
      '结婚证',
      // The materials picker the application uses: the camera or album, and a file from a WeChat chat.
      '拍照或从相册选择',
      '从微信聊天中选择文件',
      '提交补正材料',
      '当前：补交材料',
      '这段时间不计入办理时限',
    ]) {
      assert.ok(page.includes(expected), `no "${expected}" on the case page: ${page}`)
    }
    for (const page of [list, detail]) assert.deepEqual(page.renderWarnings, [])
    assert.deepEqual(errorsOf(app), [])
  } finally {
    app.wx.request = toSimulator
    await disconnect()
  }
})
