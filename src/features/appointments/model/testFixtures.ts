import type { Appointment, Hall, Slot, SlotPeriod } from '@contract/api/appointments'

/** A slot of 市民之家 for 居民身份证换领, as GET /slots answers it. */
export function slot(date: string, start: string, period: SlotPeriod, remaining = 3, minutes = 30): Slot {
  const [h, m] = start.split(':').map(Number)
  const endMinutes = h * 60 + m + minutes
  const end = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`
  return {
    slotId: `hall-city_i-id-card-renewal_${date}_${start.replace(':', '')}`,
    start: `${date}T${start}:00+08:00`,
    end: `${date}T${end}:00+08:00`,
    period,
    capacity: Math.max(remaining, 3),
    remaining,
  }
}

export function hall(id: string, county: string, latitude: number, longitude: number): Hall {
  return {
    id,
    name: `${county}${id}`,
    county,
    level: 'county',
    address: `${county}某路1号`,
    location: { latitude, longitude },
    phone: '0870-2123456',
    regularHours: [{ start: '09:00', end: '12:00' }],
    offHours: { lunch: null, evening: null, weekend: [], holiday: [] },
    cancelCutoffMinutes: 120,
  }
}

export function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    appointmentId: 'a-000010',
    code: 'K7PM3QXA',
    status: 'booked',
    service: { serviceId: 'i-id-card-renewal', name: '居民身份证换领' },
    slot: {
      slotId: 'hall-city_i-id-card-renewal_2026-11-23_1800',
      start: '2026-11-23T18:00:00+08:00',
      end: '2026-11-23T18:30:00+08:00',
      period: 'evening',
    },
    hall: {
      id: 'hall-city',
      name: '昭通市民之家',
      address: '昭通市昭阳区北部新区',
      phone: '0870-2150123',
      location: { latitude: 27.3569, longitude: 103.7254 },
    },
    applicant: {
      kind: 'self',
      name: '张**',
      idNumberMasked: '5306**********0019',
      phoneMasked: '138****1234',
    },
    changeableUntil: '2026-11-23T16:00:00+08:00',
    changeable: true,
    upcoming: true,
    reminder: null,
    createdAt: '2026-11-18T10:00:00+08:00',
    updatedAt: '2026-11-18T10:00:00+08:00',
    ...overrides,
  }
}
