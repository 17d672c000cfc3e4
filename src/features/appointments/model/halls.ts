import type { GeoPoint, Hall } from '@contract/api/appointments'

const EARTH_RADIUS_KM = 6371

/** Great-circle distance; GCJ-02 points compare fine with each other at hall-finding precision. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** 约 850 米 · 约 3.2 公里 · 约 126 公里 */
export function distanceText(km: number): string {
  if (km < 1) return `约 ${Math.max(10, Math.round((km * 1000) / 10) * 10)} 米`
  if (km < 10) return `约 ${km.toFixed(1)} 公里`
  return `约 ${Math.round(km)} 公里`
}

export interface HallNearby {
  hall: Hall
  km: number
}

/** Nearest first; equal distances keep the platform's order (市民之家, then counties). */
export function nearestFirst(halls: readonly Hall[], here: GeoPoint): HallNearby[] {
  return halls
    .map((hall, index) => ({ hall, km: distanceKm(here, hall.location), index }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .map(({ hall, km }) => ({ hall, km }))
}

export interface CountyHalls {
  county: string
  halls: Hall[]
}

/** By county in the platform's order (昭阳区 with 市民之家 first), each county's halls together. */
export function byCounty(halls: readonly Hall[]): CountyHalls[] {
  const groups = new Map<string, Hall[]>()
  for (const hall of halls) {
    const group = groups.get(hall.county)
    if (group) group.push(hall)
    else groups.set(hall.county, [hall])
  }
  return [...groups].map(([county, list]) => ({ county, halls: list }))
}
