// Public surface of the guide feature for the app shell (src/app.tsx): what it runs at launch, nothing that
// renders. Importing './index' there would put the tab pages' components into H5's initial JS (it took the
// initial JS from 141 kB to 178 kB, over the 150 kB budget).
export { forgetRecentSearches } from './components/useRecentSearches'
