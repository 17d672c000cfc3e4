#!/usr/bin/env node
/**
 * Static verification of a built WeChat mini-program (`dist/weapp`) without WeChat DevTools.
 *
 *   node test/weapp/check-dist.mjs [dist/weapp]     → exit 1 and one line per problem
 *   import { checkWeappDist } from './check-dist.mjs'
 *
 * Everything is derived from the build's app.json, so new pages and subpackages are covered as they
 * appear. See /work/shared/design/weapp-verification.md §1.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import vm from 'node:vm'
import { weappBudgets } from '../../scripts/budgets.mjs'
import { runWcc, runWcsc } from './wx-compilers.mjs'

/** The build under test: $WEAPP_DIST if set (e.g. a build made elsewhere), else the repo's dist/weapp. */
export const DEFAULT_DIST =
  process.env.WEAPP_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/weapp')

/**
 * File types DevTools puts into the uploaded package. Anything else (`*.LICENSE.txt`, `.map`, …) is
 * left out of the size count. project.config.json is counted although it is DevTools' own settings
 * file: a few hundred bytes, and over- rather than under-counting.
 */
const PACKED_EXTENSIONS = new Set([
  ...['.js', '.json', '.wxml', '.wxss', '.wxs'],
  ...['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.bmp', '.ico'],
  ...['.ttf', '.otf', '.woff', '.woff2', '.eot'],
])

/** WeChat only accepts local png/jpg icons in the tab bar. */
const TAB_ICON_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg'])

/**
 * @typedef {{ main: number, subPackages: Record<string, number>, total: number }} WeappSizes
 * Bytes of packed files: the main package, each subpackage keyed by its root, and all together.
 */

/**
 * @param {string} distDir
 * @param {{ budgets?: typeof weappBudgets }} [options]
 * @returns {Promise<{ errors: string[], sizes: WeappSizes | null }>}
 */
export async function checkWeappDist(distDir, { budgets = weappBudgets } = {}) {
  const root = path.resolve(distDir)
  const stat = await fs.stat(root).catch(() => null)
  if (!stat?.isDirectory())
    return { errors: [`${distDir}: no such directory (run npm run build:weapp first)`], sizes: null }

  const files = await listFiles(root)
  const fileSet = new Set(files.map((f) => f.path))
  const errors = []

  const json = await parseJsonFiles(root, files, errors)
  const app = json.get('app.json')
  if (!app) {
    if (!fileSet.has('app.json')) errors.push('app.json: missing')
    return { errors, sizes: null }
  }
  if (!fileSet.has('app.js')) errors.push('app.js: missing')

  const subPackages = subPackagesOf(app)
  checkPages(app, subPackages, fileSet, errors)
  checkUsingComponents(json, fileSet, errors)
  checkTabBar(app, subPackages, files, budgets, errors)
  await checkJsSyntax(root, files, errors)
  await checkWxmlReferences(root, files, fileSet, errors)
  checkWxml(root, files, errors)
  checkWxss(root, files, errors)

  const sizes = weappSizesOf(files, subPackages)
  checkBudgets(sizes, budgets, errors)
  return { errors, sizes }
}

/**
 * Packed sizes of a built mini-program, shared with scripts/size.mjs.
 * @param {string} distDir
 * @returns {Promise<WeappSizes>}
 */
export async function weappSizes(distDir) {
  const root = path.resolve(distDir)
  const app = JSON.parse(await fs.readFile(path.join(root, 'app.json'), 'utf8'))
  return weappSizesOf(await listFiles(root), subPackagesOf(app))
}

/**
 * @typedef {{ path: string, size: number }} DistFile  path is relative, '/'-separated
 * @param {string} root
 * @returns {Promise<DistFile[]>}
 */
async function listFiles(root) {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true })
  const files = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const abs = path.join(entry.parentPath ?? entry.path, entry.name)
    files.push({ path: toPosix(path.relative(root, abs)), size: (await fs.stat(abs)).size })
  }
  return files.sort((a, b) => a.path.localeCompare(b.path))
}

/** @param {string} p */
const toPosix = (p) => p.split(path.sep).join('/')

/** @param {DistFile[]} files @param {string} ext */
const withExt = (files, ext) => files.filter((f) => f.path.endsWith(ext)).map((f) => f.path)

async function parseJsonFiles(root, files, errors) {
  /** @type {Map<string, any>} */
  const parsed = new Map()
  for (const file of withExt(files, '.json')) {
    try {
      parsed.set(file, JSON.parse(await fs.readFile(path.join(root, file), 'utf8')))
    } catch (error) {
      errors.push(`${file}: invalid JSON: ${error.message}`)
    }
  }
  return parsed
}

/**
 * WeChat accepts both spellings; roots are normalised to no leading/trailing slash.
 * @returns {{ root: string, pages: string[] }[]}
 */
function subPackagesOf(app) {
  return (app.subPackages ?? app.subpackages ?? []).map((pkg) => ({
    root: String(pkg.root ?? '').replace(/^\/+|\/+$/g, ''),
    pages: Array.isArray(pkg.pages) ? pkg.pages : [],
  }))
}

/** @param {string} file @param {{ root: string }[]} subPackages */
const subPackageOf = (file, subPackages) =>
  subPackages.find((pkg) => pkg.root !== '' && file.startsWith(`${pkg.root}/`))

function checkPages(app, subPackages, fileSet, errors) {
  if (!Array.isArray(app.pages) || app.pages.length === 0) {
    errors.push('app.json: "pages" must be a non-empty array')
    return
  }
  const pages = app.pages.map((page) => ({ page, where: 'pages' }))
  for (const pkg of subPackages) {
    if (pkg.root === '') errors.push('app.json: a subPackages entry has no "root"')
    if (pkg.pages.length === 0) errors.push(`app.json: subpackage "${pkg.root}" has no pages`)
    for (const page of pkg.pages)
      pages.push({ page: `${pkg.root}/${page}`, where: `subpackage "${pkg.root}"` })
  }
  for (const { page, where } of pages) {
    // A page file's .json is optional in WeChat; when present the JSON check parses it.
    const missing = ['.js', '.wxml'].filter((ext) => !fileSet.has(`${page}${ext}`))
    if (missing.length > 0)
      errors.push(`${page}: page listed in app.json ${where} has no ${missing.join(', ')}`)
  }
  for (const page of app.pages) {
    const pkg = subPackageOf(page, subPackages)
    if (pkg) errors.push(`${page}: main-package page lies under subpackage root "${pkg.root}"`)
  }
}

/**
 * Every usingComponents entry must name a component (.js + .wxml + .json). Specs are resolved the way
 * WeChat does: "/x" from the root, "./x" and "../x" from the declaring file, a bare "x" from the
 * declaring file first and then from miniprogram_npm directories up to the root. Plugin components
 * ("plugin://…") live outside the package and are not checked.
 */
function checkUsingComponents(json, fileSet, errors) {
  for (const [file, config] of json) {
    const using = config?.usingComponents
    if (!using || typeof using !== 'object') continue
    for (const [tag, spec] of Object.entries(using)) {
      if (typeof spec !== 'string' || spec === '') {
        errors.push(`${file}: usingComponents "${tag}" has no path`)
        continue
      }
      if (/^plugin(-private)?:\/\//.test(spec)) continue
      const candidates = componentCandidates(path.posix.dirname(file), spec)
      const found = candidates.some((c) =>
        ['.js', '.wxml', '.json'].every((ext) => fileSet.has(`${c}${ext}`)),
      )
      if (!found) {
        errors.push(
          `${file}: usingComponents "${tag}": "${spec}" does not resolve to a component (.js/.wxml/.json)`,
        )
      }
    }
  }
}

/** @param {string} fromDir '.' for the root @param {string} spec */
function componentCandidates(fromDir, spec) {
  const inRoot = (p) => (p.startsWith('../') || p === '..' ? [] : [p])
  if (spec.startsWith('/')) return inRoot(path.posix.normalize(spec.slice(1)))
  const local = inRoot(path.posix.join(fromDir, spec))
  if (spec.startsWith('.')) return local
  const npm = []
  for (let dir = fromDir; ; dir = path.posix.dirname(dir)) {
    const base = path.posix.join(dir, 'miniprogram_npm', spec)
    npm.push(base, `${base}/index`)
    if (dir === '.' || dir === '/') break
  }
  return [...local, ...npm]
}

function checkTabBar(app, subPackages, files, budgets, errors) {
  const tabBar = app.tabBar
  if (!tabBar) return
  const list = Array.isArray(tabBar.list) ? tabBar.list : []
  if (list.length < 2 || list.length > 5)
    errors.push(`app.json: tabBar has ${list.length} items; WeChat needs 2–5`)
  const sizes = new Map(files.map((f) => [f.path, f.size]))
  const mainPages = new Set(app.pages ?? [])
  for (const [index, item] of list.entries()) {
    const label = `app.json: tabBar item ${index + 1} ("${item?.text ?? ''}")`
    const pagePath = item?.pagePath
    if (subPackageOf(pagePath ?? '', subPackages)) {
      errors.push(`${label}: page "${pagePath}" is in a subpackage; tab pages must be in the main package`)
    } else if (!mainPages.has(pagePath)) {
      errors.push(`${label}: page "${pagePath}" is not listed in app.json pages`)
    }
    for (const key of ['iconPath', 'selectedIconPath']) {
      const icon = item?.[key]
      if (icon === undefined) continue
      const file = path.posix.normalize(String(icon).replace(/^\//, ''))
      const size = sizes.get(file)
      if (size === undefined) errors.push(`${label}: ${key} "${icon}" not found`)
      else if (size > budgets.tabIcon) {
        errors.push(`${label}: ${key} "${icon}" is ${exact(size)}, over the ${exact(budgets.tabIcon)} limit`)
      }
      if (!TAB_ICON_EXTENSIONS.has(path.posix.extname(file).toLowerCase())) {
        errors.push(`${label}: ${key} "${icon}" must be a png or jpg`)
      }
    }
  }
}

/** Parse (not run) every .js: a syntax error here is a white screen in WeChat. */
async function checkJsSyntax(root, files, errors) {
  for (const file of withExt(files, '.js')) {
    const src = await fs.readFile(path.join(root, file), 'utf8')
    try {
      new vm.Script(src, { filename: file })
    } catch (error) {
      errors.push(`${file}: ${error.name}: ${error.message}`)
    }
  }
}

/**
 * wcc accepts an <import>/<include> of a missing file silently (exit 0, no output), DevTools does not.
 * Dynamic srcs ("{{…}}") cannot be resolved statically and are skipped.
 */
async function checkWxmlReferences(root, files, fileSet, errors) {
  const reference = /<(import|include)\b[^>]*?\bsrc\s*=\s*["']([^"'{}]+)["']/g
  for (const file of withExt(files, '.wxml')) {
    const src = await fs.readFile(path.join(root, file), 'utf8')
    for (const [, tag, spec] of src.matchAll(reference)) {
      const target = spec.startsWith('/')
        ? path.posix.normalize(spec.slice(1))
        : path.posix.join(path.posix.dirname(file), spec)
      const withExtension = target.endsWith('.wxml') ? target : `${target}.wxml`
      if (!fileSet.has(withExtension)) errors.push(`${file}: <${tag} src="${spec}"> not found`)
    }
  }
}

/** All .wxml and .wxs in one wcc run, as DevTools compiles them. */
function checkWxml(root, files, errors) {
  const wxml = withExt(files, '.wxml')
  if (wxml.length === 0) return
  const result = runWcc(root, wxml, withExt(files, '.wxs'))
  if (!result.ok) errors.push(`wcc failed (exit ${result.status}): ${result.stderr || '(no message)'}`)
}

function checkWxss(root, files, errors) {
  const wxss = withExt(files, '.wxss')
  if (wxss.length === 0) return
  const result = runWcsc(root, wxss)
  if (!result.ok) errors.push(`wcsc failed (exit ${result.status}): ${result.stderr || '(no message)'}`)
}

/**
 * @param {DistFile[]} files
 * @param {{ root: string }[]} subPackages
 * @returns {WeappSizes}
 */
function weappSizesOf(files, subPackages) {
  const sizes = {
    main: 0,
    subPackages: Object.fromEntries(subPackages.map((pkg) => [pkg.root, 0])),
    total: 0,
  }
  for (const file of files) {
    if (!PACKED_EXTENSIONS.has(path.posix.extname(file.path).toLowerCase())) continue
    const pkg = subPackageOf(file.path, subPackages)
    if (pkg) sizes.subPackages[pkg.root] += file.size
    else sizes.main += file.size
    sizes.total += file.size
  }
  return sizes
}

function checkBudgets(sizes, budgets, errors) {
  const over = (what, size, budget) =>
    errors.push(`${what} is ${exact(size)}, over its ${exact(budget)} budget`)
  if (sizes.main > budgets.mainPackage) over('main package', sizes.main, budgets.mainPackage)
  for (const [root, size] of Object.entries(sizes.subPackages)) {
    if (size > budgets.subPackage) over(`subpackage "${root}"`, size, budgets.subPackage)
  }
  if (sizes.total > budgets.total) over('total (all packages)', sizes.total, budgets.total)
}

/** @param {number} bytes */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

/** Budget messages need the bytes too: 716 801 B and 716 800 B both print as "700.0 KiB". */
const exact = (bytes) => `${kib(bytes)} (${bytes} B)`

async function main() {
  const distDir = process.argv[2] ?? path.relative(process.cwd(), DEFAULT_DIST)
  const { errors, sizes } = await checkWeappDist(distDir)
  if (errors.length > 0) {
    console.error(`✗ ${distDir}: ${errors.length} problem(s)`)
    for (const error of errors) console.error(`  - ${error}`)
    process.exitCode = 1
    return
  }
  const subs = Object.entries(sizes.subPackages).map(([root, size]) => `, ${root} ${kib(size)}`)
  console.log(`✓ ${distDir}: OK (main ${kib(sizes.main)}${subs.join('')}, total ${kib(sizes.total)})`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
