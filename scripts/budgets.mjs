/**
 * Size budgets for every build target — the only place these numbers live.
 * Used by test/weapp/check-dist.mjs and scripts/size.mjs.
 *
 * Weapp numbers are KiB (1024 B), as WeChat counts; the H5 number is KB (1000 B), see below.
 * WeChat's own limits are looser (2 MiB per package, 20 MiB in all): ours leave headroom so a growing
 * app is flagged long before an upload is rejected.
 */

const KB = 1000
const KiB = 1024
const MiB = 1024 * KiB

export const weappBudgets = Object.freeze({
  /** Everything not under a subpackage root: app.js, taro.js, base.wxml, tab pages, tab icons … */
  mainPackage: 700 * KiB,
  /** Each entry of app.json `subPackages`. */
  subPackage: 600 * KiB,
  /** Main package plus all subpackages. */
  total: 2 * MiB,
  /** WeChat's own limit for tabBar iconPath/selectedIconPath (documented as "40kb"). */
  tabIcon: 40 * KiB,
})

export const h5Budgets = Object.freeze({
  /**
   * gzip (level 9) size of the JS files index.html loads (<script src>). The guide says "150 KB gzip".
   * 150 × 1024 B would be the *looser* reading (153 600 B), so we use 1 KB = 1000 B: the strict
   * reading, which every build that meets it also meets the other one.
   */
  initialJsGzip: 150 * KB,
})

export const budgets = Object.freeze({ weapp: weappBudgets, h5: h5Budgets })
