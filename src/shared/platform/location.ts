import Taro from '@tarojs/taro'
import { isH5 } from './env'

export interface Coordinates {
  latitude: number
  longitude: number
}

/** Current position, or null when the user declines or the device cannot tell: callers fall back to lists by county. */
export async function getCoordinates(): Promise<Coordinates | null> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { latitude, longitude }
  } catch {
    return null
  }
}

export function openMap(place: Coordinates & { name: string; address: string }): void {
  if (isH5) {
    // A browser has no map of its own: 高德's marker page (GCJ-02, like ours) shows the place and navigates.
    const position = `${place.longitude},${place.latitude}`
    const url = `https://uri.amap.com/marker?position=${position}&name=${encodeURIComponent(place.name)}&coordinate=gaode&callnative=1`
    window.open(url, '_blank', 'noopener')
    return
  }
  void Taro.openLocation({ ...place, scale: 16 }).catch(() => undefined)
}
