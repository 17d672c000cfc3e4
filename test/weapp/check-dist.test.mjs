/**
 * The weapp dist checker against the real build, and against copies of it broken in one way each:
 * every check is shown to pass on a good build and to fail, with its own message, on a bad one.
 * Builds nothing: run `npm run build:weapp` first.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { weappBudgets } from '../../scripts/budgets.mjs'
import { checkWeappDist, DEFAULT_DIST as DIST } from './check-dist.mjs'

const CLI = fileURLToPath(new URL('./check-dist.mjs', import.meta.url))

let tmpRoot
before(async () => {
  tmpRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'weapp-dist-fixture-'))
})
after(async () => {
  await fs.rm(tmpRoot, { recursive: true, force: true })
})

function assertBuilt() {
  assert.ok(existsSync(path.join(DIST, 'app.json')), `${DIST} has no app.json: run npm run build:weapp first`)
}

let fixtureCount = 0
/**
 * Copy the real dist, let `breakIt` damage the copy, and run the checker on it.
 * @param {(dir: string, app: any) => Promise<void> | void} breakIt app is app.json, parsed; changes to
 *   it are written back afterwards
 */
async function checkBroken(breakIt) {
  assertBuilt()
  const dir = path.join(tmpRoot, String(++fixtureCount))
  await fs.cp(DIST, dir, { recursive: true })
  const app = JSON.parse(await fs.readFile(path.join(dir, 'app.json'), 'utf8'))
  await breakIt(dir, app)
  await fs.writeFile(path.join(dir, 'app.json'), JSON.stringify(app))
  return { dir, ...(await checkWeappDist(dir)) }
}

/** Exactly one problem, matching `pattern`: the damage is detected and nothing else is. */
function assertOnlyError(errors, pattern) {
  assert.equal(errors.length, 1, `expected one error matching ${pattern}, got:\n${errors.join('\n')}`)
  assert.match(errors[0], pattern)
}

const firstPage = (app) => app.pages[0]
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A file of `bytes` bytes that is still valid JS, so only the size check can object to it. */
async function writePadding(file, bytes) {
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, `/*${'x'.repeat(bytes - 4)}*/`)
}

/** The app's tab bar, or (while the app has none) a minimal valid one over its main pages. */
function tabBarOf(app) {
  app.tabBar ??= { list: [0, 1].map((i) => ({ pagePath: app.pages[i % app.pages.length], text: `t${i}` })) }
  return app.tabBar
}

test('the real dist/weapp passes every check', async () => {
  assertBuilt()
  const { errors, sizes } = await checkWeappDist(DIST)
  assert.deepEqual(errors, [])
  assert.ok(sizes.main > 0 && sizes.total >= sizes.main)
})

test('the CLI exits 0 on the real dist and 1 with readable errors on a broken one', async () => {
  assertBuilt()
  const good = spawnSync(process.execPath, [CLI, DIST], { encoding: 'utf8' })
  assert.equal(good.status, 0, good.stderr)
  const { dir } = await checkBroken((d, app) => fs.rm(path.join(d, `${firstPage(app)}.js`)))
  const bad = spawnSync(process.execPath, [CLI, dir], { encoding: 'utf8' })
  assert.equal(bad.status, 1)
  assert.match(bad.stderr, /1 problem\(s\)\n {2}- .*has no \.js/)
})

test('a missing dist directory is reported with the build command', async () => {
  const { errors } = await checkWeappDist(path.join(tmpRoot, 'does-not-exist'))
  assertOnlyError(errors, /run npm run build:weapp first/)
})

test('wcc rejects WXML tag soup', async () => {
  let page
  const { errors } = await checkBroken(async (dir, app) => {
    page = firstPage(app)
    await fs.appendFile(path.join(dir, `${page}.wxml`), '\n<view><text>broken</view></text>\n')
  })
  assertOnlyError(errors, new RegExp(`^wcc failed .*${escape(page)}\\.wxml:\\d+:\\d+`, 's'))
})

test('wcc rejects a broken WXS module', async () => {
  const { errors } = await checkBroken(async (dir) => {
    await fs.writeFile(path.join(dir, 'utils.wxs'), 'module.exports = { a: function( { }\n')
  })
  assertOnlyError(errors, /^wcc failed .*utils\.wxs:1:\d+/s)
})

test('wcsc rejects invalid WXSS', async () => {
  let page
  const { errors } = await checkBroken(async (dir, app) => {
    page = firstPage(app)
    await fs.appendFile(path.join(dir, `${page}.wxss`), '\n.broken }{ color: red; }\n')
  })
  assertOnlyError(errors, new RegExp(`^wcsc failed .*${escape(page)}\\.wxss\\(\\d+:\\d+\\)`, 's'))
})

test('a WXML <import> of a missing file is reported', async () => {
  let page
  const { errors } = await checkBroken(async (dir, app) => {
    page = firstPage(app)
    await fs.appendFile(path.join(dir, `${page}.wxml`), '\n<import src="./no-such-template.wxml"/>\n')
  })
  assertOnlyError(
    errors,
    new RegExp(`^${escape(page)}\\.wxml: <import src="./no-such-template.wxml"> not found`),
  )
})

test('a page without its .js is reported', async () => {
  let page
  const { errors } = await checkBroken(async (dir, app) => {
    page = app.pages.at(-1)
    await fs.rm(path.join(dir, `${page}.js`))
  })
  assertOnlyError(errors, new RegExp(`^${escape(page)}: page listed in app.json pages has no \\.js$`))
})

test('a subpackage page without its .wxml is reported', async () => {
  const { errors } = await checkBroken(async (dir, app) => {
    // A subpackage of the real build if there is one; otherwise one made for the test.
    app.subPackages ??= []
    if (app.subPackages.length === 0) {
      app.subPackages.push({ root: 'zz-sub', pages: ['index'] })
      await fs.mkdir(path.join(dir, 'zz-sub'))
      await fs.writeFile(path.join(dir, 'zz-sub/index.js'), 'Page({})')
    } else {
      const { root, pages } = app.subPackages[0]
      await fs.rm(path.join(dir, root, `${pages[0]}.wxml`))
    }
  })
  assertOnlyError(errors, /: page listed in app.json subpackage ".+" has no \.wxml$/)
})

test('a JSON syntax error is reported', async () => {
  let page
  const { errors } = await checkBroken(async (dir, app) => {
    page = firstPage(app)
    const file = path.join(dir, `${page}.json`)
    const text = await fs.readFile(file, 'utf8')
    await fs.writeFile(file, text.slice(0, -1)) // drop the closing brace
  })
  assertOnlyError(errors, new RegExp(`^${escape(page)}\\.json: invalid JSON`))
})

test('a JS syntax error is reported', async () => {
  let page
  const { errors } = await checkBroken(async (dir, app) => {
    page = firstPage(app)
    await fs.appendFile(path.join(dir, `${page}.js`), '\n;function (\n')
  })
  assertOnlyError(errors, new RegExp(`^${escape(page)}\\.js: SyntaxError`))
})

test('a usingComponents path that does not exist is reported', async () => {
  let page
  const { errors } = await checkBroken(async (dir, app) => {
    page = firstPage(app)
    const file = path.join(dir, `${page}.json`)
    const config = JSON.parse(await fs.readFile(file, 'utf8'))
    config.usingComponents = { ...config.usingComponents, ghost: '../../components/ghost/index' }
    await fs.writeFile(file, JSON.stringify(config))
  })
  assertOnlyError(errors, new RegExp(`^${escape(page)}\\.json: usingComponents "ghost": .* does not resolve`))
})

test('a 6-item tabBar is reported', async () => {
  const { errors } = await checkBroken((dir, app) => {
    const tabBar = tabBarOf(app)
    while (tabBar.list.length < 6)
      tabBar.list.push({ ...tabBar.list[0], text: `extra ${tabBar.list.length}` })
  })
  assertOnlyError(errors, /^app\.json: tabBar has 6 items; WeChat needs 2–5$/)
})

test('a tab page in a subpackage is reported', async () => {
  const { errors } = await checkBroken(async (dir, app) => {
    app.subPackages = [...(app.subPackages ?? []), { root: 'zz-tab', pages: ['index'] }]
    await fs.mkdir(path.join(dir, 'zz-tab'))
    await fs.writeFile(path.join(dir, 'zz-tab/index.js'), 'Page({})')
    await fs.writeFile(path.join(dir, 'zz-tab/index.wxml'), '<view>tab</view>')
    tabBarOf(app).list[0].pagePath = 'zz-tab/index'
  })
  assertOnlyError(errors, /^app\.json: tabBar item 1 .*"zz-tab\/index" is in a subpackage/)
})

test('a 41 KiB tab icon is reported', async () => {
  const { errors } = await checkBroken(async (dir, app) => {
    const item = tabBarOf(app).list[0]
    item.iconPath ??= 'zz-icons/tab.png'
    const file = path.join(dir, item.iconPath.replace(/^\//, ''))
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, Buffer.alloc(41 * 1024))
  })
  assertOnlyError(
    errors,
    /^app\.json: tabBar item 1 .*: iconPath ".*" is 41\.0 KiB \(41984 B\), over the 40\.0 KiB/,
  )
})

test('the main package is held to its budget to the byte', async () => {
  const { sizes } = await checkWeappDist(DIST)
  const room = weappBudgets.mainPackage - sizes.main
  assert.ok(room > 4, 'the real main package is already at its budget')

  const atBudget = await checkBroken((dir) => writePadding(path.join(dir, 'zz-padding.js'), room))
  assert.deepEqual(atBudget.errors, [])
  assert.equal(atBudget.sizes.main, weappBudgets.mainPackage)

  const overBudget = await checkBroken((dir) => writePadding(path.join(dir, 'zz-padding.js'), room + 1))
  assertOnlyError(
    overBudget.errors,
    /^main package is 700\.0 KiB \(716801 B\), over its .*\(716800 B\) budget$/,
  )
})

test('files DevTools does not pack (*.LICENSE.txt, .map) do not count', async () => {
  const { sizes } = await checkWeappDist(DIST)
  const { errors, sizes: after } = await checkBroken(async (dir) => {
    await fs.writeFile(path.join(dir, 'zz.js.LICENSE.txt'), Buffer.alloc(weappBudgets.mainPackage))
    await fs.writeFile(path.join(dir, 'zz.js.map'), Buffer.alloc(weappBudgets.mainPackage))
  })
  assert.deepEqual(errors, [])
  assert.equal(after.main, sizes.main)
})

test('a subpackage over its budget is reported', async () => {
  const { errors } = await checkBroken(async (dir, app) => {
    app.subPackages = [...(app.subPackages ?? []), { root: 'zz-big', pages: ['index'] }]
    await fs.mkdir(path.join(dir, 'zz-big'))
    await fs.writeFile(path.join(dir, 'zz-big/index.js'), 'Page({})')
    await fs.writeFile(path.join(dir, 'zz-big/index.wxml'), '<view>big</view>')
    await writePadding(path.join(dir, 'zz-big/padding.js'), weappBudgets.subPackage)
  })
  assertOnlyError(errors, /^subpackage "zz-big" is .*, over its 600\.0 KiB \(614400 B\) budget$/)
})
