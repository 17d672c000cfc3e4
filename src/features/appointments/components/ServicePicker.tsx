import { Text, View } from '@tarojs/components'
import type { AppointmentService } from '@contract/api/appointments'
import { offHoursText } from '../model/periods'
import { tappable } from './tappable'

/** The services that take appointments, by department, each saying when it can be booked beyond office hours. */
export function ServicePicker(props: {
  services: AppointmentService[]
  onChoose: (serviceId: string) => void
}) {
  const departments = [...new Set(props.services.map((s) => s.department))]
  return (
    <View>
      {departments.map((department) => (
        <View key={department}>
          <Text className="choice-group__title">{department}</Text>
          {props.services
            .filter((service) => service.department === department)
            .map((service) => {
              const offHours = offHoursText(service.periods)
              const hint = offHours ? `工作时间外还可约：${offHours}` : '工作时间可约'
              return (
                <View
                  key={service.serviceId}
                  className="choice tap"
                  onClick={() => props.onChoose(service.serviceId)}
                  {...tappable('button', `${service.name}，${hint}`)}
                >
                  <Text className="choice__title">{service.name}</Text>
                  <Text className="secondary">{hint}</Text>
                </View>
              )
            })}
        </View>
      ))}
    </View>
  )
}
