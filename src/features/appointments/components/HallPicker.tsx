import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Hall, SlotPeriod } from '@contract/api/appointments'
import { type Coordinates, getCoordinates } from '@/shared/platform/location'
import { Button } from '@/shared/ui/nutui'
import { byCounty, distanceText, nearestFirst } from '../model/halls'
import { hallOffHours } from '../model/periods'
import { tappable } from './tappable'

function HallChoice(props: {
  hall: Hall
  periods: readonly SlotPeriod[]
  distance?: string
  onChoose: (hallId: string) => void
}) {
  const { hall } = props
  const offHours = hallOffHours(hall, props.periods)
  const label = [hall.name, props.distance, hall.address, ...offHours].filter(Boolean).join('，')
  return (
    <View className="choice tap" onClick={() => props.onChoose(hall.id)} {...tappable('button', label)}>
      <Text className="choice__title">{hall.name}</Text>
      {props.distance ? <Text className="secondary">{props.distance}</Text> : null}
      <Text className="secondary">{hall.address}</Text>
      <View className="choice__meta">
        {offHours.map((line) => (
          <Text key={line} className="secondary">
            {line}
          </Text>
        ))}
      </View>
    </View>
  )
}

/**
 * Halls by county, or nearest first once the citizen lets us use their location — asked only when they tap
 * for it, never on arrival.
 */
export function HallPicker(props: {
  halls: Hall[]
  /** When the chosen service can be booked: each hall lists its off-hours for those only. */
  periods: readonly SlotPeriod[]
  onChoose: (hallId: string) => void
}) {
  const [here, setHere] = useState<Coordinates | null>(null)
  const [locating, setLocating] = useState(false)
  const [locationFailed, setLocationFailed] = useState(false)

  const locate = async () => {
    setLocating(true)
    const position = await getCoordinates()
    setLocating(false)
    setHere(position)
    setLocationFailed(position === null)
  }

  return (
    <View>
      {here ? (
        <Text className="secondary">已按离您的距离排列（直线距离）</Text>
      ) : (
        <Button className="tap" type="primary" fill="outline" block loading={locating} onClick={locate}>
          按离我最近排列
        </Button>
      )}
      {locationFailed ? (
        <Text className="notice">没有获取到您的位置，已按县区列出。您也可以在系统设置中允许定位后再试。</Text>
      ) : null}
      {here
        ? nearestFirst(props.halls, here).map(({ hall, km }) => (
            <HallChoice
              key={hall.id}
              hall={hall}
              periods={props.periods}
              distance={distanceText(km)}
              onChoose={props.onChoose}
            />
          ))
        : byCounty(props.halls).map((group) => (
            <View key={group.county}>
              <Text className="choice-group__title">{group.county}</Text>
              {group.halls.map((hall) => (
                <HallChoice key={hall.id} hall={hall} periods={props.periods} onChoose={props.onChoose} />
              ))}
            </View>
          ))}
    </View>
  )
}
