import Taro from '@tarojs/taro'

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
  void Taro.openLocation({ ...place, scale: 16 }).catch(() => undefined)
}
