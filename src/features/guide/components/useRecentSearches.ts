import { useCallback, useState } from 'react'
import * as v from 'valibot'
import { readJson, removeKey, writeJson } from '@/shared/platform/storage'
import { rememberSearch } from '../model/recentSearches'

const STORAGE_KEY = 'ttb.recent-searches.v1'
const isQueryList = (value: unknown): value is string[] => v.is(v.array(v.string()), value)

/** The device's recent searches (see model/recentSearches: no personal numbers are ever kept). */
export function useRecentSearches() {
  const [recent, setRecent] = useState<string[]>(() => readJson(STORAGE_KEY, isQueryList) ?? [])
  const remember = useCallback((query: string) => {
    setRecent((list) => {
      const next = rememberSearch(list, query)
      writeJson(STORAGE_KEY, next)
      return next
    })
  }, [])
  const clear = useCallback(() => {
    removeKey(STORAGE_KEY)
    setRecent([])
  }, [])
  return { recent, remember, clear }
}
