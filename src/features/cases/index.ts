// Public surface of the cases feature (办件进度): the packages/cases pages import from here only.
export { CaseList } from './components/CaseList'
export { CaseDetail } from './components/CaseDetail'
export { CaseLookup } from './components/CaseLookup'
export { CaseBrief } from './components/CaseBrief'
