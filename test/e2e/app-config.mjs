// The app's own page list, read from src/app.config.ts, so that a page added there is tested without editing
// the suite. Taro provides defineAppConfig/definePageConfig as compile-time globals; here they return their input.
import { existsSync } from 'node:fs'
import { tsImport } from 'tsx/esm/api'

globalThis.defineAppConfig = (config) => config
globalThis.definePageConfig = (config) => config

async function load(specifier) {
  const mod = await tsImport(specifier, import.meta.url)
  // package.json has no "type": "module", so tsx compiles the .ts file as CommonJS: its `export default` arrives
  // as `default.default`.
  return mod.default?.default ?? mod.default
}

/** Every page as `{route, title, tab}`: route as in the URL, title from its *.config.ts, tab = in the tab bar. */
export async function appPages() {
  const app = await load('../../src/app.config.ts')
  const subPackages = app.subPackages ?? app.subpackages ?? []
  const routes = [
    ...app.pages,
    ...subPackages.flatMap(({ root, pages }) => pages.map((page) => `${root.replace(/\/$/, '')}/${page}`)),
  ]
  const tabs = new Set((app.tabBar?.list ?? []).map((item) => item.pagePath))
  return Promise.all(
    routes.map(async (route) => {
      const configFile = new URL(`../../src/${route}.config.ts`, import.meta.url)
      const title = existsSync(configFile) ? (await load(configFile.href)).navigationBarTitleText : undefined
      return { route, title, tab: tabs.has(route) }
    }),
  )
}
