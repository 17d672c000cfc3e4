import { useCallback, useEffect, useState } from 'react'
import * as v from 'valibot'
import { readJson, removeKey, writeJson } from '@/shared/platform/storage'
import { rememberSearch } from '../model/recentSearches'

const STORAGE_KEY = 'ttb.recent-searches.v1'
const isQueryList = (value: unknown): value is string[] => v.is(v.array(v.string()), value)
const stored = () => readJson(STORAGE_KEY, isQueryList) ?? []

// Tab pages stay mounted under the search page: every list on screen re-reads when one of them changes it.
const onScreen = new Set<() => void>()
const changed = () => onScreen.forEach((reload) => reload())

/** Empties the list on this device and on every screen showing it. */
export function forgetRecentSearches(): void {
  removeKey(STORAGE_KEY)
  changed()
}

/** The device's recent searches (see model/recentSearches: no personal numbers are ever kept). */
export function useRecentSearches() {
  const [recent, setRecent] = useState<string[]>(stored)
  useEffect(() => {
    const reload = () => setRecent(stored())
    onScreen.add(reload)
    return () => void onScreen.delete(reload)
  }, [])
  const remember = useCallback((query: string) => {
    writeJson(STORAGE_KEY, rememberSearch(stored(), query))
    changed()
  }, [])
  return { recent, remember, clear: forgetRecentSearches }
}
