/**
 * Runs the built mini-program (`dist/weapp`) in plain Node, the way the WeChat client's logic layer
 * would, and renders pages through WeChat's own WXML compiler. See
 * /work/shared/design/weapp-verification.md §2.
 *
 * - The app's JS runs in its own `vm` context whose globals are only what a mini-program has:
 *   `wx`, `App`, `Page`, `Component`, `getApp`, `getCurrentPages`, `require`, `console` and timers.
 *   Node's extras (`AbortController`, `fetch`, `URL`, `process`, …) are absent, so code that relies
 *   on them fails here as it would on a phone.
 * - Timers are fake: `flush()` runs everything due now, `advance(ms)` moves the clock. The process is
 *   never kept alive by the app's long timers (react-query's 5-minute GC, polling …).
 * - `wx` is a stub that records every call; `wx.request` answers from a routing table.
 * - A page's `setData` payloads (Taro's path keys such as `root.cn.[0].cn.[1].v`) are recorded and
 *   applied to `data`; `render()` runs the page's WXML, compiled by `wcc`, against that data and
 *   returns the real `wx-view`/`wx-text`/`wx-button` tree.
 *
 * One app per process: Taro's runtime keeps module-level state, so use one test file per launch.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { DEFAULT_DIST } from './check-dist.mjs'
import { runWcc } from './wx-compilers.mjs'

/**
 * @typedef {{ statusCode?: number, data?: unknown, header?: Record<string, string> }} FakeResponse
 * @typedef {{ method: string, url: string, path: string, data?: unknown, header?: Record<string, string> }} RecordedRequest
 * @typedef {Record<string, FakeResponse | ((req: RecordedRequest) => FakeResponse | undefined)>} Routes
 *   keyed by "METHOD /path" (path without origin and query, e.g. "GET /api/v1/services")
 */

/**
 * Load `app.js` and run onLaunch/onShow.
 * @param {{ distDir?: string, routes?: Routes, storage?: Record<string, unknown>, query?: Record<string, string> }} [options]
 */
export async function launchApp({ distDir = DEFAULT_DIST, routes = {}, storage = {}, query = {} } = {}) {
  const root = path.resolve(distDir)
  if (!fs.existsSync(path.join(root, 'app.js')))
    throw new Error(`${root}/app.js not found: run npm run build:weapp first`)
  const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'))

  const clock = new FakeClock()
  const recorder = createRecorder()
  const pageStack = []
  const launchOptions = {
    path: appJson.entryPagePath ?? appJson.pages[0],
    query,
    scene: 1001,
    referrerInfo: {},
  }
  /** @type {any} */ let appInstance
  /** @type {any} */ let pendingPage
  const context = vm.createContext({
    console: recorder.console,
    App: (options) => {
      appInstance = options
    },
    Page: (options) => {
      pendingPage = options
    },
    // Taro's `comp` and `custom-wrapper` register here; render() expands them from their WXML instead.
    Component: () => {},
    getApp: () => appInstance,
    getCurrentPages: () => [...pageStack],
    ...clock.globals(),
  })
  // What WeChat stores or receives as JSON comes back as fresh objects of the app's own realm, so
  // `instanceof Array`/`Object` checks in the app behave as on a phone.
  const contextJson = vm.runInContext('JSON', context)
  const asAppJson = (value) => (value === undefined ? value : contextJson.parse(JSON.stringify(value)))
  const wx = createWx({ recorder, routes, storage, launchOptions, asAppJson })
  context.wx = wx
  const requireModule = createModuleLoader(root, context)

  requireModule(path.join(root, 'app.js'))
  if (!appInstance) throw new Error('app.js did not call App()')
  appInstance.onLaunch?.(launchOptions)
  appInstance.onShow?.(launchOptions)
  await clock.flush()

  const harness = {
    app: appInstance,
    /** the app's global object: what the app defined (polyfills …) is visible here */
    global: context,
    appJson,
    wx,
    /** every wx.* call, in order: { api, args } */
    calls: recorder.calls,
    /** @type {RecordedRequest[]} */
    requests: recorder.requests,
    /** navigateTo/switchTab/redirectTo/reLaunch/navigateBack calls: { api, url } (Taro's __key_ removed) */
    navigations: recorder.navigations,
    /** console.error/warn output of the app: React and Taro report problems there */
    consoleErrors: recorder.consoleErrors,
    flush: () => clock.flush(),
    advance: (ms) => clock.advance(ms),
    /** Fire a wx.on* listener, e.g. emit('onNetworkStatusChange', { isConnected: false }) */
    emit: (api, payload) => recorder.emit(api, payload),

    /**
     * Load a page's JS and run it as WeChat would: onLoad → onShow → onReady, then flush.
     * @param {string} route e.g. "pages/index/index"
     * @param {Record<string, string>} [pageQuery]
     */
    async openPage(route, pageQuery = {}) {
      pendingPage = undefined
      requireModule(path.join(root, `${route}.js`))
      if (!pendingPage) throw new Error(`${route}.js did not call Page()`)
      const page = createPageInstance(pendingPage, route, pageQuery, wx)
      pageStack.push(page.instance)
      page.instance.onLoad?.(pageQuery)
      page.instance.onShow?.()
      page.instance.onReady?.()
      await clock.flush()
      return createPageHarness(page, root, clock)
    },
  }
  return harness
}

/* ------------------------------------------------------------------------------------------------ */
/* Module loading                                                                                     */

/**
 * CommonJS as the mini-program has it: relative requires only, `.js` implied, one module cache.
 * @param {string} root
 * @param {vm.Context} context
 */
function createModuleLoader(root, context) {
  const cache = new Map()
  const load = (file) => {
    if (cache.has(file)) return cache.get(file).exports
    const module = { exports: {} }
    cache.set(file, module)
    const source = fs.readFileSync(file, 'utf8')
    const fn = vm.compileFunction(source, ['module', 'exports', 'require'], {
      parsingContext: context,
      filename: path.relative(root, file),
    })
    fn.call(module.exports, module, module.exports, (spec) => load(resolve(file, spec)))
    return module.exports
  }
  const resolve = (from, spec) => {
    const target = spec.startsWith('/') ? path.join(root, spec) : path.resolve(path.dirname(from), spec)
    const file = target.endsWith('.js') ? target : `${target}.js`
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) {
      throw new Error(
        `require("${spec}") from ${path.relative(root, from)}: ${path.relative(root, file)} not found`,
      )
    }
    return file
  }
  return load
}

/* ------------------------------------------------------------------------------------------------ */
/* Timers                                                                                             */

/** Deterministic timers for the app's context; microtasks are drained between timer callbacks. */
class FakeClock {
  now = 0
  nextId = 1
  /** @type {Map<number, { at: number, fn: Function, args: unknown[], every: number | null }>} */
  timers = new Map()

  globals() {
    const add = (fn, ms, args, every) => {
      const id = this.nextId++
      const delay = Math.max(0, Number(ms) || 0)
      this.timers.set(id, { at: this.now + delay, fn, args, every: every ? Math.max(1, delay) : null })
      return id
    }
    const clear = (id) => this.timers.delete(id)
    return {
      setTimeout: (fn, ms, ...args) => add(fn, ms, args, false),
      setInterval: (fn, ms, ...args) => add(fn, ms, args, true),
      clearTimeout: clear,
      clearInterval: clear,
    }
  }

  /** Run timers due at or before `until`, earliest first, draining microtasks in between. */
  async runUntil(until) {
    // A guard against an app that re-arms a zero-delay timer forever.
    for (let steps = 0; steps < 10_000; steps++) {
      await drainMicrotasks()
      let nextId = null
      let next = null
      for (const [id, timer] of this.timers) {
        if (timer.at <= until && (next === null || timer.at < next.at)) [nextId, next] = [id, timer]
      }
      if (next === null) return
      this.now = Math.max(this.now, next.at)
      if (next.every) next.at = this.now + next.every
      else this.timers.delete(nextId)
      next.fn(...next.args)
    }
    throw new Error('timers still firing after 10 000 steps: an endless timer loop?')
  }

  flush() {
    return this.runUntil(this.now)
  }

  async advance(ms) {
    const target = this.now + ms
    await this.runUntil(target)
    this.now = target
  }
}

/** Host-side macrotask: by the time it runs, every queued promise job (any realm) has run. */
const drainMicrotasks = () => new Promise((resolve) => setImmediate(resolve))

/* ------------------------------------------------------------------------------------------------ */
/* wx                                                                                                 */

function createRecorder() {
  const calls = []
  const requests = []
  const navigations = []
  const consoleErrors = []
  const listeners = new Map()
  return {
    calls,
    requests,
    navigations,
    consoleErrors,
    listen(api, fn) {
      if (!listeners.has(api)) listeners.set(api, new Set())
      listeners.get(api).add(fn)
    },
    unlisten(api, fn) {
      listeners.get(api)?.delete(fn)
    },
    emit(api, payload) {
      for (const fn of listeners.get(api) ?? []) fn(payload)
    },
    console: {
      ...console,
      error: (...args) => consoleErrors.push(['error', args.map(String).join(' ')]),
      warn: (...args) => consoleErrors.push(['warn', args.map(String).join(' ')]),
      // The app's own console.log is noise in test output.
      log: () => {},
      info: () => {},
      debug: () => {},
    },
  }
}

const SYSTEM = Object.freeze({
  brand: 'devtools',
  model: 'iPhone 14',
  platform: 'devtools',
  system: 'iOS 17.0',
  language: 'zh_CN',
  version: '8.0.50',
  SDKVersion: '3.7.0',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 844,
  statusBarHeight: 47,
  screenTop: 0,
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  fontSizeSetting: 16,
  theme: 'light',
  benchmarkLevel: 1,
})

/**
 * The `wx` surface the app and Taro's runtime use. Taro builds `Taro.*` from `Object.keys(wx)`, so an
 * API missing here is missing from `Taro` too and the app fails loudly: add it when that happens.
 */
function createWx({ recorder, routes, storage, launchOptions, asAppJson }) {
  const store = new Map(Object.entries(storage))
  const record = (api, args) => recorder.calls.push({ api, args })
  const later = (fn) => Promise.resolve().then(fn)

  /** An async wx API: `impl` returns the success result or throws `{ errMsg }`. */
  const asyncApi =
    (api, impl) =>
    (options = {}) => {
      record(api, [options])
      later(() => {
        let result
        try {
          result = { errMsg: `${api}:ok`, ...impl(options) }
        } catch (error) {
          const res = { errMsg: error?.errMsg ?? `${api}:fail ${error?.message ?? error}` }
          options.fail?.(res)
          options.complete?.(res)
          return
        }
        options.success?.(result)
        options.complete?.(result)
      })
    }
  const syncApi =
    (api, impl) =>
    (...args) => {
      record(api, args)
      return impl(...args)
    }
  const listener = (api) => syncApi(api, (fn) => recorder.listen(api, fn))
  const unlistener = (api, onApi) => syncApi(api, (fn) => recorder.unlisten(onApi, fn))
  const navigation = (api) =>
    asyncApi(api, (options) => {
      const url = String(options.url ?? '')
        .replace(/([?&])__key_=[^&]*&?/, '$1')
        .replace(/[?&]$/, '')
      recorder.navigations.push(api === 'navigateBack' ? { api, delta: options.delta ?? 1 } : { api, url })
      return {}
    })
  const selectorQuery = () => {
    const results = []
    const nodes = {
      boundingClientRect: (cb) => (results.push([null, cb]), query),
      scrollOffset: (cb) => (results.push([null, cb]), query),
      fields: (_f, cb) => (results.push([null, cb]), query),
      node: (cb) => (results.push([null, cb]), query),
      context: (cb) => (results.push([null, cb]), query),
    }
    const query = {
      in: () => query,
      select: () => nodes,
      selectAll: () => nodes,
      selectViewport: () => nodes,
      exec: (cb) =>
        later(() => {
          for (const [value, fn] of results) fn?.(value)
          cb?.(results.map(([value]) => value))
        }),
    }
    return query
  }

  const wx = {
    // System
    getSystemInfoSync: syncApi('getSystemInfoSync', () => ({ ...SYSTEM })),
    getSystemInfo: asyncApi('getSystemInfo', () => ({ ...SYSTEM })),
    getAppBaseInfo: syncApi('getAppBaseInfo', () => ({
      ...SYSTEM,
      enableDebug: false,
      host: { env: 'WeChat' },
    })),
    getWindowInfo: syncApi('getWindowInfo', () => ({ ...SYSTEM })),
    getDeviceInfo: syncApi('getDeviceInfo', () => ({ ...SYSTEM, abi: 'arm64', cpuType: 'unknown' })),
    getSystemSetting: syncApi('getSystemSetting', () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    })),
    getAppAuthorizeSetting: syncApi('getAppAuthorizeSetting', () => ({})),
    getAccountInfoSync: syncApi('getAccountInfoSync', () => ({
      miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' },
    })),
    getLaunchOptionsSync: syncApi('getLaunchOptionsSync', () => ({ ...launchOptions })),
    getEnterOptionsSync: syncApi('getEnterOptionsSync', () => ({ ...launchOptions })),
    getMenuButtonBoundingClientRect: syncApi('getMenuButtonBoundingClientRect', () => ({
      width: 87,
      height: 32,
      top: 51,
      bottom: 83,
      left: 296,
      right: 383,
    })),
    getUpdateManager: syncApi('getUpdateManager', () => ({
      onCheckForUpdate() {},
      onUpdateReady() {},
      onUpdateFailed() {},
      applyUpdate() {},
    })),
    canIUse: syncApi('canIUse', () => true),
    nextTick: syncApi('nextTick', (fn) => void later(fn)),

    // Storage holds copies, as WeChat serialises what it stores; a missing key reads as '' (sync API).
    getStorageSync: syncApi('getStorageSync', (key) => (store.has(key) ? asAppJson(store.get(key)) : '')),
    setStorageSync: syncApi('setStorageSync', (key, value) => void store.set(key, asAppJson(value))),
    removeStorageSync: syncApi('removeStorageSync', (key) => void store.delete(key)),
    clearStorageSync: syncApi('clearStorageSync', () => store.clear()),
    getStorageInfoSync: syncApi('getStorageInfoSync', () => ({
      keys: [...store.keys()],
      currentSize: 0,
      limitSize: 10240,
    })),
    getStorage: asyncApi('getStorage', ({ key }) => {
      if (!store.has(key)) throw { errMsg: 'getStorage:fail data not found' }
      return { data: asAppJson(store.get(key)) }
    }),
    setStorage: asyncApi('setStorage', ({ key, data }) => void store.set(key, asAppJson(data))),
    removeStorage: asyncApi('removeStorage', ({ key }) => void store.delete(key)),
    clearStorage: asyncApi('clearStorage', () => void store.clear()),
    getStorageInfo: asyncApi('getStorageInfo', () => ({
      keys: [...store.keys()],
      currentSize: 0,
      limitSize: 10240,
    })),

    // Network: answered from the routing table, or failed like an unreachable host.
    request: (options = {}) => {
      record('request', [options])
      const method = String(options.method ?? 'GET').toUpperCase()
      const url = String(options.url ?? '')
      const pathname = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '')
      const req = { method, url, path: pathname, data: options.data, header: options.header }
      recorder.requests.push(req)
      let aborted = false
      later(() => {
        if (aborted) return
        const route = routes[`${method} ${pathname}`]
        const response = typeof route === 'function' ? route(req) : route
        if (!response) {
          const res = { errMsg: `request:fail harness has no route for ${method} ${pathname}` }
          options.fail?.(res)
          options.complete?.(res)
          return
        }
        const res = {
          statusCode: 200,
          header: { 'content-type': 'application/json' },
          ...response,
          data: asAppJson(response.data),
          errMsg: 'request:ok',
        }
        options.success?.(res)
        options.complete?.(res)
      })
      return {
        abort() {
          if (aborted) return
          aborted = true
          const res = { errMsg: 'request:fail abort' }
          later(() => {
            options.fail?.(res)
            options.complete?.(res)
          })
        },
        onHeadersReceived() {},
        offHeadersReceived() {},
      }
    },
    getNetworkType: asyncApi('getNetworkType', () => ({ networkType: 'wifi' })),
    onNetworkStatusChange: listener('onNetworkStatusChange'),
    offNetworkStatusChange: unlistener('offNetworkStatusChange', 'onNetworkStatusChange'),

    // Login and privacy
    login: asyncApi('login', () => ({ code: 'harness-login-code' })),
    checkSession: asyncApi('checkSession', () => ({})),
    onNeedPrivacyAuthorization: listener('onNeedPrivacyAuthorization'),
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize', () => ({})),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({
      needAuthorization: false,
      privacyContractName: '《通通办隐私保护指引》',
    })),
    openPrivacyContract: asyncApi('openPrivacyContract', () => ({})),

    // App lifecycle events
    onAppShow: listener('onAppShow'),
    onAppHide: listener('onAppHide'),
    offAppShow: unlistener('offAppShow', 'onAppShow'),
    offAppHide: unlistener('offAppHide', 'onAppHide'),
    onError: listener('onError'),
    onUnhandledRejection: listener('onUnhandledRejection'),
    onPageNotFound: listener('onPageNotFound'),

    // UI
    showToast: asyncApi('showToast', () => ({})),
    hideToast: asyncApi('hideToast', () => ({})),
    showModal: asyncApi('showModal', () => ({ confirm: true, cancel: false })),
    showLoading: asyncApi('showLoading', () => ({})),
    hideLoading: asyncApi('hideLoading', () => ({})),
    showActionSheet: asyncApi('showActionSheet', () => ({ tapIndex: 0 })),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', () => ({})),
    setNavigationBarColor: asyncApi('setNavigationBarColor', () => ({})),
    showNavigationBarLoading: asyncApi('showNavigationBarLoading', () => ({})),
    hideNavigationBarLoading: asyncApi('hideNavigationBarLoading', () => ({})),
    setBackgroundColor: asyncApi('setBackgroundColor', () => ({})),
    setBackgroundTextStyle: asyncApi('setBackgroundTextStyle', () => ({})),
    startPullDownRefresh: asyncApi('startPullDownRefresh', () => ({})),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => ({})),
    pageScrollTo: asyncApi('pageScrollTo', () => ({})),
    setTabBarBadge: asyncApi('setTabBarBadge', () => ({})),
    removeTabBarBadge: asyncApi('removeTabBarBadge', () => ({})),
    showTabBarRedDot: asyncApi('showTabBarRedDot', () => ({})),
    hideTabBarRedDot: asyncApi('hideTabBarRedDot', () => ({})),
    createSelectorQuery: syncApi('createSelectorQuery', selectorQuery),
    createIntersectionObserver: syncApi('createIntersectionObserver', () => {
      const observer = {
        relativeTo: () => observer,
        relativeToViewport: () => observer,
        observe() {},
        disconnect() {},
      }
      return observer
    }),
    vibrateShort: asyncApi('vibrateShort', () => ({})),
    makePhoneCall: asyncApi('makePhoneCall', () => ({})),
    setClipboardData: asyncApi('setClipboardData', () => ({})),

    // Device features the app's adapters wrap (src/shared/platform): succeed with neutral answers.
    openSetting: asyncApi('openSetting', () => ({ authSetting: {} })),
    getSetting: asyncApi('getSetting', () => ({ authSetting: {} })),
    authorize: asyncApi('authorize', () => ({})),
    getLocation: asyncApi('getLocation', () => ({ latitude: 27.3383, longitude: 103.7172, accuracy: 65 })),
    openLocation: asyncApi('openLocation', () => ({})),
    chooseMedia: asyncApi('chooseMedia', () => ({ tempFiles: [], type: 'image' })),
    requestSubscribeMessage: asyncApi('requestSubscribeMessage', () => ({})),

    // Navigation: recorded, never performed
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    switchTab: navigation('switchTab'),
    reLaunch: navigation('reLaunch'),
    navigateBack: navigation('navigateBack'),
  }
  return wx
}

/* ------------------------------------------------------------------------------------------------ */
/* Pages                                                                                              */

/**
 * What WeChat makes of a Page() options object: own copies of its methods, a private `data`, the
 * route, and `setData`, which here records each payload and applies it.
 */
function createPageInstance(options, route, query, wx) {
  const setDataCalls = []
  const instance = {
    ...options,
    data: structuredClone(options.data ?? {}),
    route,
    __route__: route,
    options: query,
    is: route,
    setData(payload, callback) {
      setDataCalls.push(structuredClone(payload))
      for (const [key, value] of Object.entries(payload)) setPath(instance.data, key, structuredClone(value))
      if (callback) Promise.resolve().then(() => callback.call(instance))
    },
    createSelectorQuery: () => wx.createSelectorQuery(),
    selectComponent: () => null,
    selectAllComponents: () => [],
    getOpenerEventChannel: () => ({ emit() {}, on() {}, once() {}, off() {} }),
  }
  return { instance, setDataCalls, route }
}

/**
 * Apply one setData key. WeChat accepts "a.b", "a[0]" and Taro's "a.[0]" (dotted index) forms.
 * @param {Record<string, any>} target
 * @param {string} key
 * @param {unknown} value
 */
function setPath(target, key, value) {
  const parts = [...key.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) =>
    m[1] === undefined ? m[0] : Number(m[1]),
  )
  let node = target
  for (const [i, part] of parts.slice(0, -1).entries()) {
    if (node[part] === null || typeof node[part] !== 'object')
      node[part] = typeof parts[i + 1] === 'number' ? [] : {}
    node = node[part]
  }
  node[parts.at(-1)] = value
}

/* ------------------------------------------------------------------------------------------------ */
/* Rendering                                                                                          */

/**
 * @typedef {{ tag: string, attr: Record<string, unknown>, children: Array<VNode | string>, parent?: VNode }} VNode
 */

function createPageHarness(page, root, clock) {
  const { instance, setDataCalls, route } = page
  const renderer = createRenderer(root)
  const harness = {
    instance,
    /** every setData payload, in order (Taro: first `root.cn`, then path updates) */
    setDataCalls,
    get data() {
      return instance.data
    },
    /** `WXMLRT` warnings from the last render: e.g. a template Taro referenced but did not emit. */
    renderWarnings: renderer.warnings,

    /** The page's WXML, compiled by wcc, evaluated against the current data. */
    render() {
      return renderer.render(`${route}.wxml`, instance.data)
    },
    /** Visible text nodes in document order, trimmed, empty ones dropped. */
    texts() {
      const out = []
      walk(harness.render(), (node) => {
        if (typeof node === 'string' && node.trim()) out.push(node.trim())
      })
      return out
    },
    /**
     * The first (document order) innermost element whose text is exactly `text`, else the first
     * innermost one whose text contains it: "预约办理" finds the tile label, not a notice that
     * mentions 可预约办理 further down.
     * @param {string} text
     * @returns {VNode | undefined}
     */
    findByText(text) {
      const tree = harness.render()
      return (
        innermost(tree, (node) => textOf(node).trim() === text) ??
        innermost(tree, (node) => textOf(node).includes(text))
      )
    },
    /**
     * Dispatch an event the way WeChat does to `bind<type>="eh"`/`catch<type>="eh"`: `tap`, `longpress`
     * and touch events bubble from the target through every bound ancestor (stopping after a
     * catch), each handler getting that element as currentTarget; other events (a button's
     * `agreeprivacyauthorization`, an input's `input` …) reach the target element only.
     * @param {VNode | string} target a node or a text to find
     * @param {string} type
     * @param {{ detail?: Record<string, unknown> }} [init]
     */
    async fire(target, type, { detail = {} } = {}) {
      const node = typeof target === 'string' ? harness.findByText(target) : target
      if (!node) throw new Error(`${type}: nothing on ${route} shows "${target}"`)
      const bubbles = BUBBLING_EVENTS.has(type)
      const targetInfo = { id: node.attr.id, dataset: datasetOf(node) }
      let handled = false
      for (let el = node; el; el = bubbles ? el.parent : undefined) {
        const handler = el.attr?.[`catch${type}`] ?? el.attr?.[`bind${type}`]
        if (!handler) continue
        handled = true
        instance[handler]({
          type,
          timeStamp: clock.now,
          target: targetInfo,
          currentTarget: { id: el.attr.id, dataset: datasetOf(el) },
          detail,
          touches: [],
          changedTouches: [],
        })
        if (el.attr[`catch${type}`]) break
      }
      if (!handled)
        throw new Error(
          `${type}: "${textOf(node)}"${bubbles ? ' and its ancestors have' : ' has'} no handler`,
        )
      await clock.flush()
    },
    /** A tap on `target` (a node or a text to find); see fire(). */
    tap: (target) => harness.fire(target, 'tap', { detail: { x: 0, y: 0 } }),
  }
  return harness
}

const BUBBLING_EVENTS = new Set([
  'tap',
  'longpress',
  'longtap',
  'touchstart',
  'touchmove',
  'touchend',
  'touchcancel',
])

/** wcc's tree uses "data-sid" attributes; WeChat hands them to handlers as dataset.sid. */
function datasetOf(node) {
  const dataset = {}
  for (const [name, value] of Object.entries(node.attr ?? {})) {
    if (name.startsWith('data-'))
      dataset[name.slice(5).replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = value
  }
  return dataset
}

/** First element in document order matching `test` none of whose child elements match. */
function innermost(node, test) {
  if (typeof node === 'string' || !test(node)) return undefined
  for (const child of node.children) {
    const found = innermost(child, test)
    if (found) return found
  }
  return node.tag === 'wx-page' ? undefined : node
}

/** @param {VNode | string} node */
function textOf(node) {
  if (typeof node === 'string') return node
  return (node.children ?? []).map(textOf).join('')
}

/** Depth-first, document order. @param {VNode | string} node */
function walk(node, visit) {
  visit(node)
  if (typeof node !== 'string') for (const child of node.children ?? []) walk(child, visit)
}

/**
 * Compile every .wxml/.wxs of the build once with wcc and evaluate pages and components against data.
 * wcc's output is run in its own context and the data is parsed *inside* it: WXS helpers test
 * `constructor` identities, and objects from another realm make them return undefined.
 */
function createRenderer(root) {
  const files = fs.readdirSync(root, { recursive: true }).map((f) => f.split(path.sep).join('/'))
  const compiled = runWcc(
    root,
    files.filter((f) => f.endsWith('.wxml')),
    files.filter((f) => f.endsWith('.wxs')),
  )
  if (!compiled.ok) throw new Error(`wcc failed: ${compiled.stderr}`)
  const warnings = []
  const context = vm.createContext({
    console: { ...console, warn: (...args) => warnings.push(args.join(' ')), log: () => {} },
  })
  vm.runInContext('var window = globalThis', context)
  vm.runInContext(compiled.stdout, context, { filename: 'wcc-output.js' })

  /** @returns {VNode} */
  const evaluate = (wxmlPath, data) => {
    context.__json = JSON.stringify(data)
    return vm.runInContext(`$gwx(${JSON.stringify(wxmlPath)})(JSON.parse(__json), {}, {})`, context)
  }

  /**
   * Custom components (Taro's `comp`, used past 15 levels of nesting) come out of wcc as unexpanded
   * `wx-comp` elements carrying their properties: render each from its own WXML, as WeChat would.
   */
  const expand = (node, owner, parent) => {
    if (typeof node === 'string') return node
    node.parent = parent
    const component = componentPath(root, owner, node.tag.replace(/^wx-/, ''))
    if (component) {
      node.children = evaluate(`${component}.wxml`, node.attr ?? {}).children ?? []
      owner = component
    }
    node.children = unwrapVirtual(node.children ?? []).map((child) => expand(child, owner, node))
    return node
  }

  return {
    warnings,
    render(wxmlPath, data) {
      warnings.length = 0
      return expand(evaluate(wxmlPath, data), wxmlPath.replace(/\.wxml$/, ''), undefined)
    },
  }
}

/** wcc's "virtual" nodes are <block>/<template> wrappers, not elements: splice their children in. */
function unwrapVirtual(children) {
  return children.flatMap((child) =>
    typeof child !== 'string' && child.tag === 'virtual' ? unwrapVirtual(child.children ?? []) : [child],
  )
}

/** Resolve `tag` against the usingComponents of `owner` (a page or component path without extension). */
function componentPath(root, owner, tag) {
  let using
  try {
    using = JSON.parse(fs.readFileSync(path.join(root, `${owner}.json`), 'utf8')).usingComponents ?? {}
  } catch {
    return null
  }
  const spec = using[tag]
  if (typeof spec !== 'string' || spec.startsWith('plugin')) return null
  return spec.startsWith('/')
    ? path.posix.normalize(spec.slice(1))
    : path.posix.join(path.posix.dirname(owner), spec)
}
