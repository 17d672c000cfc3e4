#!/usr/bin/env node
/**
 * Size report for the built targets, against the budgets in scripts/budgets.mjs.
 *
 *   npm run size                  table
 *   npm run size -- --check       exit 1 if a built target is over budget (unbuilt targets are skipped)
 *   npm run size -- --json        machine-readable
 *
 * weapp: packed bytes of the main package, each subpackage and the total (the same computation as
 * test/weapp/check-dist.mjs). h5: gzip -9 bytes of each JS file dist/h5/index.html loads with
 * <script src>, their sum (the budgeted "initial JS"), and of all JS in dist/h5.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync, constants } from 'node:zlib'
import { budgets } from './budgets.mjs'
import { weappSizes } from '../test/weapp/check-dist.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const WEAPP_DIST = path.join(ROOT, 'dist/weapp')
const H5_DIST = path.join(ROOT, 'dist/h5')

/**
 * @typedef {{ target: 'weapp' | 'h5', name: string, bytes: number, unit: 'KiB' | 'kB', budget: number | null }} Row
 * `unit` is how the row's budget is defined (see budgets.mjs) and so how it is printed.
 * @typedef {{ target: 'weapp' | 'h5', built: boolean, note?: string, rows: Row[] }} TargetReport
 */

const exists = (file) =>
  fs.access(file).then(
    () => true,
    () => false,
  )

/** @returns {Promise<TargetReport>} */
async function weappReport() {
  if (!(await exists(path.join(WEAPP_DIST, 'app.json')))) {
    return { target: 'weapp', built: false, note: 'dist/weapp not built (npm run build:weapp)', rows: [] }
  }
  const sizes = await weappSizes(WEAPP_DIST)
  const { mainPackage, subPackage, total } = budgets.weapp
  /** @type {(name: string, bytes: number, budget: number) => Row} */
  const row = (name, bytes, budget) => ({ target: 'weapp', name, bytes, unit: 'KiB', budget })
  return {
    target: 'weapp',
    built: true,
    rows: [
      row('main package', sizes.main, mainPackage),
      ...Object.entries(sizes.subPackages).map(([root, bytes]) =>
        row(`subpackage ${root}`, bytes, subPackage),
      ),
      row('total', sizes.total, total),
    ],
  }
}

/** @returns {Promise<TargetReport>} */
async function h5Report() {
  const indexHtml = path.join(H5_DIST, 'index.html')
  if (!(await exists(indexHtml))) {
    return { target: 'h5', built: false, note: 'dist/h5 not built (npm run build:h5)', rows: [] }
  }
  const html = await fs.readFile(indexHtml, 'utf8')
  /** @type {(name: string, bytes: number, budget?: number | null) => Row} */
  const row = (name, bytes, budget = null) => ({ target: 'h5', name, bytes, unit: 'kB', budget })

  const rows = []
  let initial = 0
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
    // A script from another origin is not ours to budget; publicPath is "/", so strip it.
    if (/^(https?:)?\/\//i.test(src)) continue
    const file = path.join(H5_DIST, src.replace(/[?#].*$/, '').replace(/^\//, ''))
    const bytes = gzipSize(await fs.readFile(file))
    initial += bytes
    rows.push(row(`initial ${src}`, bytes))
  }
  rows.push(row('initial JS (sum)', initial, budgets.h5.initialJsGzip))

  let all = 0
  for (const file of await fs.readdir(H5_DIST, { recursive: true })) {
    if (file.endsWith('.js')) all += gzipSize(await fs.readFile(path.join(H5_DIST, file)))
  }
  rows.push(row('all JS', all))
  return { target: 'h5', built: true, rows }
}

/** @param {Buffer} bytes */
const gzipSize = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length

/** @param {Row} row */
const status = (row) => (row.budget === null ? '' : row.bytes > row.budget ? 'OVER' : 'OK')

/** @param {number} bytes @param {'KiB' | 'kB'} unit */
const format = (bytes, unit) => `${(bytes / (unit === 'KiB' ? 1024 : 1000)).toFixed(1)} ${unit}`

/** @param {TargetReport[]} reports */
function printTable(reports) {
  const lines = [['target', 'item', 'size', 'budget', '']]
  for (const report of reports) {
    for (const row of report.rows) {
      const budget = row.budget === null ? '' : format(row.budget, row.unit)
      lines.push([row.target, row.name, format(row.bytes, row.unit), budget, status(row)])
    }
  }
  const widths = lines[0].map((_, col) => Math.max(...lines.map((line) => line[col].length)))
  for (const line of lines) {
    console.log(
      line
        .map((cell, col) => (col >= 2 && col <= 3 ? cell.padStart(widths[col]) : cell.padEnd(widths[col])))
        .join('  ')
        .trimEnd(),
    )
  }
  for (const report of reports) if (!report.built) console.log(`${report.target}: skipped, ${report.note}`)
}

async function main() {
  const args = new Set(process.argv.slice(2))
  const unknown = [...args].filter((arg) => arg !== '--check' && arg !== '--json')
  if (unknown.length > 0) {
    console.error(`unknown option(s): ${unknown.join(' ')}\nusage: node scripts/size.mjs [--check] [--json]`)
    process.exitCode = 2
    return
  }
  const reports = [await weappReport(), await h5Report()]
  const over = reports.flatMap((report) => report.rows).filter((row) => status(row) === 'OVER')

  if (args.has('--json')) {
    const rows = (report) => report.rows.map((row) => ({ ...row, status: status(row) || null }))
    console.log(
      JSON.stringify(
        { ok: over.length === 0, targets: reports.map((r) => ({ ...r, rows: rows(r) })) },
        null,
        2,
      ),
    )
  } else {
    printTable(reports)
  }
  if (args.has('--check') && over.length > 0) {
    if (!args.has('--json'))
      console.error(`\nover budget: ${over.map((row) => `${row.target} ${row.name}`).join(', ')}`)
    process.exitCode = 1
  }
}

await main()
