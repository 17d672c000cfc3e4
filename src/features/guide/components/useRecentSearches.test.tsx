import { act, renderHook } from '@testing-library/react'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { forgetRecentSearches, useRecentSearches } from './useRecentSearches'

let storage: ReturnType<typeof createMemoryStorage>
beforeEach(() => {
  storage = createMemoryStorage()
  setStorageBackend(storage)
})

describe('recent searches', () => {
  it('shows a search remembered on one page on every page that lists them (the home tab stays mounted)', () => {
    const home = renderHook(() => useRecentSearches())
    const search = renderHook(() => useRecentSearches())
    act(() => search.result.current.remember('驾照到期'))
    act(() => search.result.current.remember('生孩子'))
    expect(home.result.current.recent).toEqual(['生孩子', '驾照到期'])
    expect(JSON.parse(storage.dump()['ttb.recent-searches.v1'] ?? '[]')).toEqual(['生孩子', '驾照到期'])
  })

  it('forgets them on the device and on every page at once', () => {
    storage.set('ttb.recent-searches.v1', JSON.stringify(['退休']))
    const home = renderHook(() => useRecentSearches())
    const search = renderHook(() => useRecentSearches())
    expect(home.result.current.recent).toEqual(['退休'])
    act(() => forgetRecentSearches())
    expect(home.result.current.recent).toEqual([])
    expect(search.result.current.recent).toEqual([])
    expect(storage.dump()['ttb.recent-searches.v1']).toBeUndefined()
  })
})
