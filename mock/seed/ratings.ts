import { FINISHED_CASE_STATUSES } from '../../types/api/cases'
import {
  CHANNEL_OF_SUBJECT,
  DEFAULT_RATING_LEVEL,
  type FollowUpStatus,
  RATING_COMMENT_MAX_LENGTH,
  RATING_LEVEL_LABELS,
  RATING_LEVELS,
  type RatingChannel,
  type RatingOptions,
  type RatingSubject,
} from '../../types/api/ratings'
import type { CalendarData } from '../../types/rules/calendar'
import { followUpDueDate, rateBefore, ratingWindowClosed } from '../../types/rules/ratings'
import { toShanghaiIso } from '../framework/clock'
import { getOwn } from '../framework/records'
import type { SimState } from '../state'
import { type AppointmentRecord, findAppointmentService } from './appointments'
import { type CaseRecord, completedAt, isApplicant } from './cases'
import { findHall } from './halls'

/**
 * The ratings slice (好差评), the platform's rating options per channel, and the ratings the seed citizens
 * gave on their seed cases.
 */

// ---------------------------------------------------------------------------------------------------------
// Options (GET /ratings/options): indicators as in Yunnan's 好差评 rules, reasons as citizens put them.
// ---------------------------------------------------------------------------------------------------------

const levels = RATING_LEVELS.map((level) => ({ level, label: RATING_LEVEL_LABELS[level] }))

export const RATING_OPTIONS: Record<RatingChannel, RatingOptions> = {
  online: {
    channel: 'online',
    levels,
    indicators: [
      { id: 'efficiency', label: '办事效率' },
      { id: 'guide', label: '指南准确度' },
      { id: 'convenience', label: '便捷度' },
      { id: 'usability', label: '平台易用性' },
    ],
    reasons: [
      { id: 'slow', label: '办理时间长，超过承诺时限' },
      { id: 'guide_inaccurate', label: '办事指南与实际要求不一致' },
      { id: 'materials_repeated', label: '反复要求补充材料' },
      { id: 'not_really_online', label: '说能网上办，实际还要跑现场' },
      { id: 'data_not_shared', label: '已有的证照信息还要重复提交' },
      { id: 'hard_to_use', label: '操作复杂，页面卡顿' },
      { id: 'no_progress', label: '办理进度查不到、没人告知' },
      { id: 'other', label: '其他' },
    ],
    commentMaxLength: RATING_COMMENT_MAX_LENGTH,
  },
  onsite: {
    channel: 'onsite',
    levels,
    indicators: [
      { id: 'efficiency', label: '服务效率' },
      { id: 'skill', label: '服务水平' },
      { id: 'attitude', label: '服务态度' },
    ],
    reasons: [
      { id: 'long_wait', label: '排队等候时间长' },
      { id: 'attitude', label: '工作人员态度不好' },
      { id: 'not_told_once', label: '没有一次性告知所需材料' },
      { id: 'shirking', label: '推诿扯皮，让我找别的部门' },
      { id: 'unprofessional', label: '业务不熟，解答不清楚' },
      { id: 'fees', label: '收费不合理' },
      { id: 'facilities', label: '大厅设施不便（如无障碍、座椅）' },
      { id: 'other', label: '其他' },
    ],
    commentMaxLength: RATING_COMMENT_MAX_LENGTH,
  },
}

// ---------------------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------------------

export interface RatingRecord {
  id: string
  /** Who rated; for a default rating, whose case or visit it was (null: no account yet). */
  userId: string | null
  subject: RatingSubject
  channel: RatingChannel
  /** Copied from the subject when rated, as the platform's rating records do. */
  title: string
  reference: string
  department: string
  level: number
  indicators: Record<string, number>
  reasons: string[]
  comment: string
  isDefault: boolean
  ratedAt: string
  followUp: {
    status: FollowUpStatus
    dueDate: string | null
    updates: Array<{ at: string; status: FollowUpStatus; department: string; reply: string }>
  } | null
  append: { at: string; comment: string } | null
}

export interface RatingsState {
  nextSeq: number
  records: Record<string, RatingRecord>
}

export function emptyRatings(): RatingsState {
  return { nextSeq: 1, records: {} }
}

export function ratingId(seq: number): string {
  return `r-${String(seq).padStart(4, '0')}`
}

export function ratingOfSubject(state: RatingsState, subject: RatingSubject): RatingRecord | undefined {
  return Object.values(state.records).find(
    (rating) => rating.subject.type === subject.type && rating.subject.id === subject.id,
  )
}

// ---------------------------------------------------------------------------------------------------------
// Seed ratings, on seed cases (by SeedCase.key), a few hours after the case was finished
// ---------------------------------------------------------------------------------------------------------

interface SeedRating {
  caseKey: string
  level: number
  indicators: Record<string, number>
  reasons: string[]
  comment: string
  /** Minutes after 办结. */
  afterMinutes: number
  followUp?: {
    status: FollowUpStatus
    updates: Array<{ afterMinutes: number; status: FollowUpStatus; reply: string }>
  }
}

const SEED_RATINGS: SeedRating[] = [
  {
    caseKey: '0004',
    level: 5,
    indicators: { efficiency: 5, guide: 5, convenience: 5, usability: 4 },
    reasons: [],
    comment: '网上提交，新驾驶证直接寄到家，一趟都没跑。',
    afterMinutes: 60 * 24 * 2 + 120,
  },
  {
    caseKey: '0009',
    level: 2,
    indicators: { efficiency: 2, guide: 1, convenience: 2, usability: 3 },
    reasons: ['materials_repeated', 'guide_inaccurate'],
    comment: '前后跑了三趟，每次窗口说要补的材料都不一样，指南上也没写。',
    afterMinutes: 60 * 26,
    followUp: {
      status: 'rectifying',
      updates: [
        {
          afterMinutes: 60 * 48,
          status: 'rectifying',
          reply:
            '经核实，窗口工作人员未一次性告知所需材料，情况属实。已对相关人员批评教育，并在修订办事指南的材料清单，修订后在通通办公布。',
        },
      ],
    },
  },
]

const shanghaiIso = (ms: number) => toShanghaiIso(new Date(ms))

export function seedRatingRecords(
  casesByKey: ReadonlyMap<string, CaseRecord>,
  calendar: CalendarData,
  firstSeq: number,
): RatingRecord[] {
  const rated = SEED_RATINGS.flatMap((seed) => {
    const record = casesByKey.get(seed.caseKey)
    const completed = record?.timeline.find((event) => event.status === 'completed')
    return record && completed && record.applicant.userId
      ? [{ seed, record, userId: record.applicant.userId, completedAt: completed.at }]
      : []
  })
  return rated.map(({ seed, record, userId, completedAt }, i) => {
    const finishedMs = Date.parse(completedAt)
    const ratedAt = shanghaiIso(finishedMs + seed.afterMinutes * 60_000)
    const rating: RatingRecord = {
      id: ratingId(firstSeq + i),
      userId,
      subject: { type: 'case', id: record.id },
      channel: 'online',
      title: record.itemName,
      reference: record.caseNo,
      department: record.department,
      level: seed.level,
      indicators: seed.indicators,
      reasons: seed.reasons,
      comment: seed.comment,
      isDefault: false,
      ratedAt,
      followUp: seed.followUp
        ? {
            status: seed.followUp.status,
            dueDate: followUpDueDate(calendar, ratedAt),
            updates: seed.followUp.updates.map((update) => ({
              at: shanghaiIso(finishedMs + update.afterMinutes * 60_000),
              status: update.status,
              department: record.department,
              reply: update.reply,
            })),
          }
        : null,
      append: null,
    }
    return rating
  })
}

// ---------------------------------------------------------------------------------------------------------
// What can be rated: finished cases (一事一评, online) and attended visits (一次一评, onsite)
// ---------------------------------------------------------------------------------------------------------

export interface RateableSubject {
  subject: RatingSubject
  channel: RatingChannel
  title: string
  reference: string
  department: string
  finishedAt: string
  /** The account it belongs to, if there is one yet (a window case may wait for its applicant to sign up). */
  ownerId: string | null
  isOwner(citizen: { id: string; phone: string | null }): boolean
}

type SubjectState = Pick<SimState, 'cases' | 'appointments' | 'identity'>

function caseSubject(state: SubjectState, record: CaseRecord): RateableSubject | null {
  const finishedAt = completedAt(record)
  if (!finishedAt || !(FINISHED_CASE_STATUSES as readonly string[]).includes(record.status)) return null
  const ownerId =
    record.applicant.userId ??
    Object.values(state.identity.citizens).find((c) => c.phone === record.applicant.phone)?.id ??
    null
  return {
    subject: { type: 'case', id: record.id },
    channel: CHANNEL_OF_SUBJECT.case,
    title: record.itemName,
    reference: record.caseNo,
    department: record.department,
    finishedAt,
    ownerId,
    isOwner: (citizen) => isApplicant(record, citizen),
  }
}

function appointmentSubject(appointment: AppointmentRecord): RateableSubject | null {
  if (appointment.status !== 'attended') return null
  const service = findAppointmentService(appointment.serviceId)
  const hall = findHall(appointment.hallId)
  return {
    subject: { type: 'appointment', id: appointment.id },
    channel: CHANNEL_OF_SUBJECT.appointment,
    title: `${service?.name ?? '预约办事'}（${hall?.name ?? '政务服务大厅'}）`,
    reference: appointment.code,
    department: service?.department ?? hall?.name ?? '',
    // The hall records the visit when the citizen is served.
    finishedAt: appointment.updatedAt,
    ownerId: appointment.userId,
    isOwner: (citizen) => citizen.id === appointment.userId,
  }
}

/** A case or visit that can be rated now or could have been, or undefined (unknown, not finished). */
export function rateableSubject(state: SubjectState, subject: RatingSubject): RateableSubject | undefined {
  if (subject.type === 'case') {
    const record = getOwn(state.cases.records, subject.id)
    return (record && caseSubject(state, record)) ?? undefined
  }
  const appointment = getOwn(state.appointments.items, subject.id)
  return (appointment && appointmentSubject(appointment)) ?? undefined
}

export function finishedSubjects(state: SubjectState): RateableSubject[] {
  return [
    ...Object.values(state.cases.records).map((record) => caseSubject(state, record)),
    ...Object.values(state.appointments.items).map(appointmentSubject),
  ].filter((subject): subject is RateableSubject => subject !== null)
}

/**
 * Records 基本满意 for everything whose rating window has closed unrated, dated the end of its last day.
 * The platform would run this as a nightly job; the simulator runs it whenever ratings or cases are read,
 * so moving the clock is enough to see it. Returns how many it recorded.
 */
export function recordDefaultRatings(
  state: SubjectState & Pick<SimState, 'ratings'>,
  calendar: CalendarData,
  today: string,
): number {
  let recorded = 0
  for (const subject of finishedSubjects(state)) {
    if (!ratingWindowClosed(calendar, subject.finishedAt, today)) continue
    if (ratingOfSubject(state.ratings, subject.subject)) continue
    const id = ratingId(state.ratings.nextSeq++)
    state.ratings.records[id] = {
      id,
      userId: subject.ownerId,
      subject: subject.subject,
      channel: subject.channel,
      title: subject.title,
      reference: subject.reference,
      department: subject.department,
      level: DEFAULT_RATING_LEVEL,
      indicators: {},
      reasons: [],
      comment: '',
      isDefault: true,
      ratedAt: `${rateBefore(calendar, subject.finishedAt)}T23:59:59+08:00`,
      followUp: null,
      append: null,
    }
    recorded++
  }
  return recorded
}
