import type { HallRef } from '../../../types/api/catalog'
import { findHall, HALLS } from '../halls'

/**
 * Where an item can be handed in, by the level that runs it. The catalog names halls by id only; the names
 * come from mock/seed/halls.ts so a renamed hall cannot drift apart from the catalog.
 */
export type HallScope =
  /** 市级事项: the city hall (市民之家) only. */
  | 'city'
  /** 县级事项 and 全市通办: the city hall and every county hall. */
  | 'county'
  /** 乡镇（街道）便民服务中心 too: everything. */
  | 'township'
  /** Only the halls listed. */
  | string[]

const CITY_HALL_IDS = HALLS.filter((h) => h.level === 'city').map((h) => h.id)
const COUNTY_HALL_IDS = HALLS.filter((h) => h.level !== 'township').map((h) => h.id)

export function hallRefs(scope: HallScope): HallRef[] {
  const ids =
    scope === 'city'
      ? CITY_HALL_IDS
      : scope === 'county'
        ? COUNTY_HALL_IDS
        : scope === 'township'
          ? HALLS.map((h) => h.id)
          : scope
  return [...new Set(ids)].map((id) => {
    const hall = findHall(id)
    if (!hall) throw new Error(`catalog: unknown hall ${id}`)
    return { hallId: hall.id, name: hall.name }
  })
}
