import type { AppointmentStatus, SlotPeriod } from '../../types/api/appointments'
import type { HallSeed } from './halls'

/**
 * What the halls take appointments for, the booking policy, and the appointments state. Services are
 * catalog items (serviceId = itemId); names are repeated here so the simulator does not need the catalog
 * (mock/seed/appointments.test.ts checks they match it when it exists).
 */

export interface AppointmentServiceSeed {
  id: string
  name: string
  department: string
  /** The periods the department staffs for it; a hall books it in those of them the hall opens. */
  periods: SlotPeriod[]
}

const ALL: SlotPeriod[] = ['regular', 'lunch', 'evening', 'weekend', 'holiday']

const POLICE = '昭通市公安局'
const HRSS = '昭通市人力资源和社会保障局'
const CIVIL_AFFAIRS = '昭通市民政局'

export const APPOINTMENT_SERVICES: AppointmentServiceSeed[] = [
  { id: 'i-id-card-renewal', name: '居民身份证换领', department: POLICE, periods: ALL },
  { id: 'i-id-card-replacement', name: '居民身份证补领', department: POLICE, periods: ALL },
  {
    id: 'i-passport',
    name: '普通护照签发',
    department: POLICE,
    periods: ['regular', 'lunch', 'evening', 'weekend'],
  },
  {
    id: 'i-hk-macau-permit',
    name: '往来港澳通行证签发',
    department: POLICE,
    periods: ['regular', 'lunch', 'evening', 'weekend'],
  },
  {
    id: 'i-driving-licence-renewal',
    name: '机动车驾驶证期满换证',
    department: POLICE,
    periods: ['regular', 'lunch', 'weekend'],
  },
  {
    id: 'i-driving-licence-replacement',
    name: '机动车驾驶证遗失补证',
    department: POLICE,
    periods: ['regular', 'lunch', 'weekend'],
  },
  { id: 'i-social-card-apply', name: '社会保障卡申领', department: HRSS, periods: ALL },
  { id: 'i-social-card-loss', name: '社会保障卡挂失', department: HRSS, periods: ALL },
  {
    id: 'i-birth-registration',
    name: '出生登记',
    department: POLICE,
    periods: ['regular', 'lunch', 'weekend'],
  },
  // 民政 opens the marriage registry on holidays people choose for their wedding (520, 七夕…).
  {
    id: 'i-marriage-registration',
    name: '结婚登记',
    department: CIVIL_AFFAIRS,
    periods: ['regular', 'weekend', 'holiday'],
  },
  {
    id: 'i-housing-fund-withdrawal',
    name: '住房公积金提取',
    department: '昭通市住房公积金管理中心',
    periods: ['regular', 'lunch', 'evening'],
  },
  { id: 'i-unemployment-benefit', name: '失业保险金申领', department: HRSS, periods: ['regular', 'lunch'] },
  {
    id: 'i-property-transfer',
    name: '不动产转移登记',
    department: '昭通市自然资源和规划局（不动产登记中心）',
    periods: ['regular', 'weekend'],
  },
  {
    id: 'i-sole-proprietor-registration',
    name: '个体工商户设立登记',
    department: '昭通市市场监督管理局',
    periods: ['regular', 'lunch', 'evening', 'weekend'],
  },
  {
    id: 'i-food-business-licence',
    name: '食品经营许可',
    department: '昭通市市场监督管理局',
    periods: ['regular', 'lunch', 'weekend'],
  },
  {
    id: 'i-residence-permit',
    name: '居住证申领',
    department: POLICE,
    periods: ['regular', 'lunch', 'evening', 'weekend'],
  },
  {
    id: 'i-no-criminal-record',
    name: '无犯罪记录证明开具',
    department: POLICE,
    periods: ['regular', 'lunch', 'evening'],
  },
  {
    id: 'i-elderly-allowance',
    name: '高龄津贴申领',
    department: CIVIL_AFFAIRS,
    periods: ['regular', 'weekend'],
  },
  {
    id: 'i-disability-card',
    name: '残疾人证新办',
    department: '昭通市残疾人联合会',
    periods: ['regular', 'weekend'],
  },
  {
    id: 'i-medical-reimbursement',
    name: '医疗费用手工(零星)报销',
    department: '昭通市医疗保障局',
    periods: ['regular', 'lunch', 'evening'],
  },
]

/** 便民服务中心 book what villagers most often come for; the city and county halls book everything. */
const TOWNSHIP_SERVICES = [
  'i-social-card-apply',
  'i-social-card-loss',
  'i-birth-registration',
  'i-residence-permit',
  'i-elderly-allowance',
  'i-disability-card',
  'i-medical-reimbursement',
]

const serviceById = new Map(APPOINTMENT_SERVICES.map((service) => [service.id, service]))

export function findAppointmentService(id: string): AppointmentServiceSeed | undefined {
  return serviceById.get(id)
}

export function servicesBookedAt(hall: HallSeed): AppointmentServiceSeed[] {
  return hall.level === 'township'
    ? APPOINTMENT_SERVICES.filter((service) => TOWNSHIP_SERVICES.includes(service.id))
    : APPOINTMENT_SERVICES
}

export const BOOKING_POLICY = {
  /** Bookable: tomorrow to this many days ahead. */
  windowDays: 14,
  /** This many no-shows within `noShowPeriodDays` … */
  noShowLimit: 3,
  noShowPeriodDays: 90,
  /** … close booking for this many days from the last of them. */
  restrictionDays: 30,
  /** Free slots offered when the one asked for is full. */
  alternatives: 3,
  /** Reminders go out the evening before at this time, or `reminderFallbackMinutes` before when that has passed. */
  reminderEveningTime: '19:00',
  reminderFallbackMinutes: 120,
} as const

// ---------------------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------------------

export type ApplicantRecord =
  | { kind: 'self' }
  /** 帮办代办: kept whole for the hall, answered masked. */
  | { kind: 'proxy'; name: string; idNumber: string; phone: string }

export interface AppointmentRecord {
  id: string
  code: string
  /** The account that booked (and is held to the no-show rule). */
  userId: string
  serviceId: string
  hallId: string
  slotId: string
  /** Slot start and end, ISO 8601 +08:00. */
  start: string
  end: string
  period: SlotPeriod
  applicant: ApplicantRecord
  /** Who will come, for the one-per-day rule: their ID number, or `user:<id>` for an unverified account. */
  applicantKey: string
  status: AppointmentStatus
  /** When the hall recorded the no-show (the restriction counts from these). */
  noShowAt?: string
  createdAt: string
  updatedAt: string
}

export interface SubscriptionRecord {
  id: string
  userId: string
  appointmentId: string
  channel: 'wechat' | 'sms'
  templateIds: string[]
  remindAt: string
  createdAt: string
}

export interface AppointmentsState {
  nextSeq: number
  items: Record<string, AppointmentRecord>
  nextSubscriptionSeq: number
  subscriptions: Record<string, SubscriptionRecord>
}

/** Two visits already made, so 我的预约 and 好差评 (一次一评) have history to show for the seed citizens. */
const SEED_APPOINTMENTS: AppointmentRecord[] = [
  {
    id: 'a-000001',
    code: 'K7PM3QXA',
    userId: 'u-0001',
    serviceId: 'i-driving-licence-renewal',
    hallId: 'hall-city',
    slotId: 'hall-city_i-driving-licence-renewal_2026-11-14_0930',
    start: '2026-11-14T09:30:00+08:00',
    end: '2026-11-14T10:00:00+08:00',
    period: 'weekend',
    applicant: { kind: 'self' },
    applicantKey: '530602198503120019',
    status: 'attended',
    createdAt: '2026-11-09T20:12:00+08:00',
    updatedAt: '2026-11-14T09:41:00+08:00',
  },
  {
    id: 'a-000002',
    code: 'R4WN8TZC',
    userId: 'u-0003',
    serviceId: 'i-sole-proprietor-registration',
    hallId: 'hall-zhenxiong',
    slotId: 'hall-zhenxiong_i-sole-proprietor-registration_2026-11-10_1830',
    start: '2026-11-10T18:30:00+08:00',
    end: '2026-11-10T19:00:00+08:00',
    period: 'evening',
    applicant: { kind: 'self' },
    applicantKey: '530627197811050019',
    status: 'attended',
    createdAt: '2026-11-06T12:40:00+08:00',
    updatedAt: '2026-11-10T18:52:00+08:00',
  },
]

export function seedAppointments(): AppointmentsState {
  return {
    nextSeq: SEED_APPOINTMENTS.length + 1,
    items: Object.fromEntries(SEED_APPOINTMENTS.map((a) => [a.id, structuredClone(a)])),
    nextSubscriptionSeq: 1,
    subscriptions: {},
  }
}
