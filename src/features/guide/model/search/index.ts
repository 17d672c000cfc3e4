/**
 * On-device search of the guidance catalog (智能引导): Chinese words and fragments, full pinyin and
 * initials, homophone typos, colloquial questions, department and topic hints. Pure TypeScript; the pinyin
 * table it carries (≈ 20 KB) keeps it out of the main package: import it from the guide subpackage only.
 */
export { createSearchIndex, type SearchIndex } from './searchIndex'
export { searchCatalog, type SearchHit, type SearchOptions } from './search'
