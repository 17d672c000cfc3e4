export * from './common'
export * from './catalog'
export * from './identity'
export * from './uploads'
// cases, ratings, feedback: import them by path ('@contract/api/cases'). Only packages/cases uses them, and
// valibot schemas are not tree-shaken: through this barrel (which the API client imports) they would ship
// in the main package.
export * from './appointments'
export * from './forms'
export * from './applications'
export * from './drafts'
