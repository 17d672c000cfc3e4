// Public surface of the guide feature for the tab pages (main package). Light on purpose: the search engine,
// its pinyin table and the question flow are in './subpackage', which only the packages/guide pages import.
export { HotBundles } from './components/HotBundles'
export { CatalogBrowser } from './components/CatalogBrowser'
export { RecentSearches } from './components/RecentSearches'
export { forgetRecentSearches, useRecentSearches } from './components/useRecentSearches'
