import { Text, View } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'
import { type BookingDay, weekRows } from '../model/days'
import { tappable } from './tappable'

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日']
const OPEN_MARKS = ['午间', '晚间', '可约']

function DayCell(props: { day: BookingDay; selected: boolean; onSelect: (date: string) => void }) {
  const { day } = props
  const closed = day.kind === 'unknown' || day.freePlaces === 0
  const className = `day tap${closed ? ' day--closed' : ''}${props.selected ? ' day--selected' : ''}`
  // The cell's name is its full sentence (a hidden text, so the name and the content agree); the short
  // number and marks are for the eye only.
  return (
    <View className={className} onClick={() => props.onSelect(day.date)} {...tappable('button')}>
      <View className="day__face" {...a11y({ hidden: true })}>
        <Text className="day__weekday">{day.weekday}</Text>
        {day.monthLabel ? <Text className="day__month">{day.monthLabel}</Text> : null}
        <Text className="day__number">{day.dayOfMonth}</Text>
        {day.marks.map((mark, index) => {
          const tone =
            index === 0 && day.kind === 'holiday'
              ? ' day__mark--holiday'
              : OPEN_MARKS.includes(mark)
                ? ' day__mark--open'
                : ''
          return (
            <Text key={mark} className={`day__mark${tone}`}>
              {mark}
            </Text>
          )
        })}
      </View>
      <Text className="sr-only">
        {day.description}
        {props.selected ? '，已选中' : ''}
      </Text>
    </View>
  )
}

/**
 * The booking window as weeks, Monday first: each day says at a glance whether its lunch or evening hours
 * are free, whether it is a weekend, a holiday (by name) or a 调休 working day, and when it is full or not
 * yet published. In 长辈版 the cells grow to three a row and say their weekday themselves.
 */
export function DayStrip(props: {
  days: BookingDay[]
  /** What the marks mean for this hall (stripLegend); nothing is shown when empty. */
  legend: string
  selected?: string
  onSelect: (date: string) => void
}) {
  return (
    <View className="day-strip">
      <View className="day-strip__head" {...a11y({ hidden: true })}>
        {WEEK_HEAD.map((weekday) => (
          <Text key={weekday} className="day-strip__weekday">
            {weekday}
          </Text>
        ))}
      </View>
      {weekRows(props.days).map((week) => (
        <View key={week.find(Boolean)?.date} className="day-strip__week">
          {week.map((day, column) =>
            day ? (
              <DayCell
                key={day.date}
                day={day}
                selected={day.date === props.selected}
                onSelect={props.onSelect}
              />
            ) : (
              <View key={`blank-${column}`} className="day-strip__blank" />
            ),
          )}
        </View>
      ))}
      {props.legend ? <Text className="secondary day-strip__legend">{props.legend}</Text> : null}
    </View>
  )
}
