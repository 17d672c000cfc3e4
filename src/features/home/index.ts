export { HomeShortcuts, type Shortcut } from './components/HomeShortcuts'
export { SearchEntry } from './components/SearchEntry'
export { HotlineCard, HOTLINE_12345 } from './components/HotlineCard'
export { OffHoursNotice } from './components/OffHoursNotice'
