import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { describe, it } from 'node:test'

import { SLOT_PERIODS } from '../../types/api/appointments'
import { findSlot, serviceCapacity } from '../routes/appointments'
import { APPOINTMENT_SERVICES, seedAppointments, servicesBookedAt } from './appointments'
import { PLATFORM_CALENDAR } from './calendar'
import { HALLS } from './halls'
import { SEED_CITIZENS } from './identity'

const CATALOG_INDEX = new URL('./catalog/index.ts', import.meta.url)

/** id → name of every item (`i-…`) found in the catalog module's exports, however it shapes them. */
function catalogItemNames(exports: Record<string, unknown>): Map<string, string> {
  const names = new Map<string, string>()
  const seen = new Set<unknown>()
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    const record = value as Record<string, unknown>
    if (typeof record.id === 'string' && record.id.startsWith('i-') && typeof record.name === 'string') {
      names.set(record.id, record.name)
    }
    const children = value instanceof Map ? [...value.values()] : Object.values(record)
    for (const child of children) visit(child, depth + 1)
  }
  visit(exports, 0)
  return names
}

describe('appointment services', () => {
  it(
    'are catalog items with the same names',
    { skip: existsSync(CATALOG_INDEX) ? false : 'mock/seed/catalog/index.ts does not exist yet' },
    async () => {
      const catalog = catalogItemNames(await import(CATALOG_INDEX.href))
      assert.ok(catalog.size > 0, 'found no items (id i-…, name) in the catalog index exports')
      for (const service of APPOINTMENT_SERVICES) {
        assert.equal(catalog.get(service.id), service.name, `${service.id} in the catalog`)
      }
    },
  )

  it('are each booked somewhere in every period their department staffs', () => {
    for (const service of APPOINTMENT_SERVICES) {
      const offered = new Set(
        HALLS.filter((hall) => servicesBookedAt(hall).includes(service)).flatMap((hall) =>
          serviceCapacity(hall, service).map((c) => c.period),
        ),
      )
      assert.deepEqual(
        SLOT_PERIODS.filter((p) => offered.has(p)),
        SLOT_PERIODS.filter((p) => service.periods.includes(p)),
        service.id,
      )
    }
  })
})

describe('halls', () => {
  it('give places per slot exactly in the periods they open', () => {
    for (const hall of HALLS) {
      const opens = {
        regular: hall.regularHours.length > 0,
        lunch: hall.lunch !== null,
        evening: hall.evening !== null,
        weekend: hall.weekend.length > 0,
        holiday: hall.holiday.length > 0,
      }
      for (const period of SLOT_PERIODS) {
        assert.equal(hall.capacity[period] !== undefined, opens[period], `${hall.id} ${period}`)
      }
    }
  })

  it('have hours that fit whole slots and follow each other', () => {
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))
    for (const hall of HALLS) {
      const ranges = [...hall.regularHours, hall.lunch, hall.evening, ...hall.weekend, ...hall.holiday]
      for (const range of ranges) {
        if (!range) continue
        const length = minutes(range.end) - minutes(range.start)
        assert.ok(length > 0 && length % hall.slotMinutes === 0, `${hall.id} ${range.start}–${range.end}`)
      }
    }
  })
})

describe('seeded appointments', () => {
  it('name slots the rules generate, for seeded citizens', () => {
    const citizens = new Set(SEED_CITIZENS.map((c) => c.id))
    for (const appointment of Object.values(seedAppointments().items)) {
      const slot = findSlot(PLATFORM_CALENDAR, appointment.slotId)
      assert.ok(slot, appointment.slotId)
      assert.deepEqual(
        [slot.hallId, slot.serviceId, slot.start, slot.end, slot.period],
        [appointment.hallId, appointment.serviceId, appointment.start, appointment.end, appointment.period],
      )
      assert.ok(citizens.has(appointment.userId), appointment.userId)
    }
  })
})
