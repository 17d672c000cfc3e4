// Public surface of the guide feature for the packages/guide subpackage pages only: importing it from a tab
// page would put the search engine and its pinyin table into the main package.
export { GuideSearch } from './components/GuideSearch'
export { ItemGuideView } from './components/ItemGuideView'
export { GuideFlow } from './components/GuideFlow'
export { useGuideTarget } from './components/useGuideTarget'
