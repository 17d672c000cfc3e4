import { isLocked, lockedUntilWords, lookupLock, WRONG_TRY_WARNING } from './lookup'

/** 2026-11-23 10:00 in Zhaotong. */
const NOW = Date.parse('2026-11-23T10:00:00+08:00')

describe('办件查询 after the platform refused (429)', () => {
  it('is locked for that number until the platform’s retry-after, however it was typed', () => {
    const lock = lookupLock('ZT20261026777516', 2700, NOW)
    expect(isLocked(lock, ' zt20261026777516 ', NOW)).toBe(true)
    expect(isLocked(lock, 'ZT20261026777516', NOW + 2699_000)).toBe(true)
    expect(isLocked(lock, 'ZT20261026777516', NOW + 2700_000)).toBe(false)
    expect(isLocked(lock, 'ZT20261026777517', NOW)).toBe(false)
    expect(isLocked(undefined, 'ZT20261026777516', NOW)).toBe(false)
  })

  it('says until when in Zhaotong’s time, rounded up to the minute', () => {
    expect(lockedUntilWords(lookupLock('ZT1', 2700, NOW), NOW)).toBe('今天 10:45以后可以再查询这个办件编号')
    expect(lockedUntilWords(lookupLock('ZT1', 2701, NOW), NOW)).toBe('今天 10:46以后可以再查询这个办件编号')
    const late = Date.parse('2026-11-23T23:30:00+08:00')
    expect(lockedUntilWords(lookupLock('ZT1', 3600, late), late)).toBe('明天 00:30以后可以再查询这个办件编号')
  })

  it('warns of the contract’s rule after a wrong try without inventing how many tries are left', () => {
    expect(WRONG_TRY_WARNING).toBe('同一个办件编号1小时内输错5次，会暂停查询，最长1小时。')
  })
})
