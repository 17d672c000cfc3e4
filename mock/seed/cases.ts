import type {
  CaseStatus,
  DELIVERY_METHODS,
  CASE_RESULTS,
  SupplementMaterial,
  TimelineEvent,
} from '../../types/api/cases'
import { addDays, type CalendarData, isWeekend, isWorkingDay } from '../../types/rules/calendar'
import { toShanghaiIso } from '../framework/clock'
import { findItem } from './catalog'
import { findHall } from './halls'
import { POPULATION_REGISTER, SEED_CITIZENS } from './identity'
import { type RatingsState, seedRatingRecords } from './ratings'

/**
 * The cases slice: every case the platform holds, and the seed cases of the seed citizens — at least one in
 * every status, so each screen has something real to show. Seed cases are written relative to "today"
 * (working days ago) and laid out on the simulator's clock the first time anything reads them, so they stay
 * believable whatever date the simulator runs at (MOCK_NOW, tests, a reset months later).
 */

// ---------------------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------------------

export interface CaseRecord {
  id: string
  caseNo: string
  itemId: string
  itemName: string
  department: string
  committedWorkingDays: number
  /** Filed online (通通办) or at a hall window. */
  channel: 'online' | 'window'
  /**
   * Who applied. A case filed at a window for a phone with no account yet belongs to whoever later signs
   * in with that phone (userId null until then); the phone also verifies anonymous lookups.
   */
  applicant: { userId: string | null; phone: string; name: string | null }
  hallId: string
  status: CaseStatus
  timeline: TimelineEvent[]
  /** The open 补正 request (while `supplement_required`). */
  supplement: { requestedAt: string; materials: SupplementMaterial[]; note: string } | null
  /** What the citizen handed in for each 补正, oldest first. */
  supplements: Array<{
    at: string
    materials: Array<{ materialId: string; fileIds: string[] }>
    note: string
  }>
  result: { outcome: (typeof CASE_RESULTS)[number]; note: string } | null
  delivery: { method: (typeof DELIVERY_METHODS)[number]; detail: string; deliveredAt: string | null } | null
  /** One-time status-change messages the citizen agreed to; each status change uses one. */
  statusAlerts: {
    channel: 'wechat' | 'sms'
    remaining: number
    sent: Array<{ at: string; status: CaseStatus }>
  }
  createdAt: string
  updatedAt: string
}

export interface CasesState {
  /** false until the seed cases have been laid out on the simulator's clock. */
  seeded: boolean
  nextSeq: number
  records: Record<string, CaseRecord>
}

export function emptyCases(): CasesState {
  return { seeded: false, nextSeq: 1, records: {} }
}

export function caseId(seq: number): string {
  return `c-${String(seq).padStart(4, '0')}`
}

/** A citizen's cases: applied for by their account, or filed at a window for their phone number. */
export function isApplicant(record: CaseRecord, citizen: { id: string; phone: string | null }): boolean {
  return (
    record.applicant.userId === citizen.id ||
    (citizen.phone !== null && record.applicant.phone === citizen.phone)
  )
}

/** When the case was completed (办结), if it was. */
export function completedAt(record: CaseRecord): string | null {
  return record.timeline.find((event) => event.status === 'completed')?.at ?? null
}

// ---------------------------------------------------------------------------------------------------------
// How the platform records each step
// ---------------------------------------------------------------------------------------------------------

/** The 环节 a status stands for in the timeline. */
export const CASE_NODES: Record<CaseStatus, string> = {
  submitted: '申请',
  accepted: '受理',
  rejected: '不予受理',
  supplement_required: '补齐补正',
  processing: '审核办理',
  special_procedure: '特别程序',
  completed: '办结',
  delivered: '送达',
}

/** Who acts at each step: the hall's windows receive and hand out, the department decides. */
export function actingDepartment(
  record: Pick<CaseRecord, 'channel' | 'hallId' | 'department' | 'delivery'>,
  status: CaseStatus,
): string {
  const hall = findHall(record.hallId)?.name ?? '政务服务中心'
  switch (status) {
    case 'submitted':
      return record.channel === 'online' ? '通通办（网上申请）' : `${hall}综合受理窗口`
    case 'accepted':
    case 'rejected':
      return `${hall}综合受理窗口`
    case 'delivered':
      return record.delivery?.method === 'mail' ? '中国邮政EMS' : `${hall}统一出件窗口`
    default:
      return record.department
  }
}

// ---------------------------------------------------------------------------------------------------------
// Seed cases
// ---------------------------------------------------------------------------------------------------------

/** A catalog item the seed refers to (mock/seed/cases.test.ts checks they all exist). */
function catalogItem(itemId: string) {
  const item = findItem(itemId)
  if (!item) throw new Error(`seed case for unknown item ${itemId}`)
  return item
}

interface SeedStep {
  status: CaseStatus
  /** Working days before today (0 = today). */
  daysAgo: number
  /** HH:MM in China. */
  time: string
  note: string
}

export interface SeedCase {
  /** Stable name of the seed case; seed ratings refer to it. */
  key: string
  ownerId: string
  itemId: string
  /** The last 6 digits of the case number (the first part is ZT + the date filed). */
  serial: string
  channel: CaseRecord['channel']
  hallId: string
  steps: SeedStep[]
  supplement?: { materials: SupplementMaterial[]; note: string }
  result?: NonNullable<CaseRecord['result']>
  delivery?: Omit<NonNullable<CaseRecord['delivery']>, 'deliveredAt'>
}

const accepted = (daysAgo: number, time: string, days: number): SeedStep => ({
  status: 'accepted',
  daysAgo,
  time,
  note:
    days === 0 ? '申请材料齐全，予以受理，当场办理。' : `申请材料齐全，予以受理。承诺${days}个工作日内办结。`,
})
const submittedOnline = (daysAgo: number, time: string): SeedStep => ({
  status: 'submitted',
  daysAgo,
  time,
  note: '您已在通通办提交申请，等待窗口受理。',
})
const submittedAtWindow = (daysAgo: number, time: string): SeedStep => ({
  status: 'submitted',
  daysAgo,
  time,
  note: '您已在窗口递交申请材料。',
})

const ZHANG = 'u-0001'
const LI = 'u-0002'
const WANG = 'u-0003'

/** The history of 王建国, who runs a business and files often: enough cases to page through. */
function businessHistory(): SeedCase[] {
  const items = [
    'i-food-business-licence',
    'i-no-criminal-record',
    'i-property-transfer',
    'i-sole-proprietor-registration',
  ]
  return Array.from({ length: 22 }, (_, i) => {
    const itemId = items[i % items.length]
    const days = catalogItem(itemId).committedWorkingDays
    const start = 40 + i * 15
    const done = start - Math.max(days, 1) + 1
    return {
      key: String(101 + i),
      ownerId: WANG,
      itemId,
      serial: String(310000 + i * 7919).slice(-6),
      channel: i % 3 === 0 ? 'window' : 'online',
      hallId: 'hall-zhenxiong',
      steps: [
        { ...submittedOnline(start, '09:05'), note: '申请已提交。' },
        accepted(start, '10:20', days),
        { status: 'processing', daysAgo: start, time: '14:00', note: '已转审批科室审核。' },
        { status: 'completed', daysAgo: done, time: '16:10', note: '审核通过，准予办理。' },
        { status: 'delivered', daysAgo: done - 1, time: '10:30', note: '证照已领取。' },
      ],
      result: { outcome: 'approved', note: '审核通过，准予办理。' },
      delivery: { method: 'window', detail: '镇雄县政务服务中心统一出件窗口领取' },
    } satisfies SeedCase
  })
}

export const SEED_CASES: SeedCase[] = [
  // 张明华: a passport in progress (黄灯: 2 working days left), a birth registration waiting for 补正, a housing-fund withdrawal just
  // completed (待评价), an older licence renewal (rated 非常满意), one just submitted, one refused.
  {
    key: '0001',
    ownerId: ZHANG,
    itemId: 'i-passport',
    serial: '104527',
    channel: 'online',
    hallId: 'hall-city',
    steps: [
      submittedOnline(5, '09:12'),
      accepted(5, '10:05', 7),
      {
        status: 'processing',
        daysAgo: 4,
        time: '09:30',
        note: '出入境管理部门正在审核，证件制作完成后将邮寄给您。',
      },
    ],
  },
  {
    key: '0002',
    ownerId: ZHANG,
    itemId: 'i-birth-registration',
    serial: '208816',
    channel: 'online',
    hallId: 'hall-zhaoyang',
    steps: [
      submittedOnline(2, '20:41'),
      accepted(1, '09:20', 3),
      {
        status: 'supplement_required',
        daysAgo: 1,
        time: '15:10',
        note: '需要补正2项材料，请在补正期限内上传，上传后恢复办理。',
      },
    ],
    supplement: {
      materials: [
        {
          materialId: 'm-parents-id-cards',
          name: '父母双方居民身份证',
          reason: '母亲的身份证只上传了正面，请补充反面照片。',
        },
        {
          materialId: 'm-marriage-certificate',
          name: '结婚证',
          reason: '请上传结婚证内页（有登记日期和照片的一页）。',
        },
      ],
      note: '需要补正2项材料，请在补正期限内上传，上传后恢复办理。',
    },
  },
  {
    key: '0003',
    ownerId: ZHANG,
    itemId: 'i-housing-fund-withdrawal',
    serial: '317402',
    channel: 'online',
    hallId: 'hall-city',
    steps: [
      submittedOnline(2, '11:02'),
      accepted(2, '14:00', 1),
      { status: 'processing', daysAgo: 2, time: '15:00', note: '公积金中心正在审核提取申请。' },
      {
        status: 'completed',
        daysAgo: 1,
        time: '10:30',
        note: '提取申请审核通过，款项将在1个工作日内转入您登记的银行卡。',
      },
    ],
    result: { outcome: 'approved', note: '提取申请审核通过，款项将在1个工作日内转入您登记的银行卡。' },
    delivery: { method: 'electronic', detail: '结果已发送到通通办，无需领取。' },
  },
  {
    key: '0004',
    ownerId: ZHANG,
    itemId: 'i-driving-licence-renewal',
    serial: '425190',
    channel: 'online',
    hallId: 'hall-city',
    steps: [
      submittedOnline(27, '19:30'),
      accepted(26, '09:15', 3),
      { status: 'processing', daysAgo: 26, time: '11:00', note: '车管所正在审核体检信息。' },
      { status: 'completed', daysAgo: 25, time: '15:20', note: '换证完成，新驾驶证已交寄。' },
      { status: 'delivered', daysAgo: 23, time: '16:45', note: '驾驶证已由本人签收。' },
    ],
    result: { outcome: 'approved', note: '换证完成，新驾驶证已交寄。' },
    delivery: { method: 'mail', detail: '邮寄到您填写的收件地址' },
  },
  {
    key: '0005',
    ownerId: ZHANG,
    itemId: 'i-social-card-apply',
    serial: '530064',
    channel: 'online',
    hallId: 'hall-city',
    steps: [submittedOnline(0, '08:10')],
  },
  {
    key: '0006',
    ownerId: ZHANG,
    itemId: 'i-no-criminal-record',
    serial: '611735',
    channel: 'online',
    hallId: 'hall-city',
    steps: [
      submittedOnline(6, '21:05'),
      {
        status: 'rejected',
        daysAgo: 5,
        time: '10:40',
        note: '申请用途填写为"其他"且未说明具体用途，依规不予受理。请写明用途后重新申请。',
      },
    ],
  },
  // 李秀英 (62): a reimbursement paused for 特别程序, a disability card due tomorrow (红灯), a property transfer
  // she rated 不满意 (the department is fixing it), a social security card just accepted.
  {
    key: '0007',
    ownerId: LI,
    itemId: 'i-medical-reimbursement',
    serial: '702258',
    channel: 'window',
    hallId: 'hall-ludian',
    steps: [
      submittedAtWindow(9, '10:02'),
      accepted(9, '10:30', 20),
      { status: 'processing', daysAgo: 8, time: '09:00', note: '医保经办机构正在审核票据。' },
      {
        status: 'special_procedure',
        daysAgo: 3,
        time: '16:00',
        note: '部分票据需向就诊医院核实（特别程序），核实期间不计入办理时限，预计5个工作日。',
      },
    ],
  },
  {
    key: '0008',
    ownerId: LI,
    itemId: 'i-disability-card',
    serial: '813371',
    channel: 'window',
    hallId: 'hall-ludian',
    steps: [
      submittedAtWindow(9, '09:20'),
      accepted(9, '09:45', 10),
      { status: 'processing', daysAgo: 8, time: '10:00', note: '已安排残疾评定，评定结果出来后制证。' },
    ],
  },
  {
    key: '0009',
    ownerId: LI,
    itemId: 'i-property-transfer',
    serial: '920644',
    channel: 'window',
    hallId: 'hall-ludian',
    steps: [
      submittedAtWindow(12, '14:30'),
      accepted(10, '09:10', 3),
      { status: 'processing', daysAgo: 10, time: '10:00', note: '不动产登记中心正在审核。' },
      { status: 'completed', daysAgo: 8, time: '17:00', note: '转移登记已完成，不动产权证书可以领取。' },
      { status: 'delivered', daysAgo: 7, time: '10:15', note: '不动产权证书已由本人领取。' },
    ],
    result: { outcome: 'approved', note: '转移登记已完成，不动产权证书可以领取。' },
    delivery: { method: 'window', detail: '鲁甸县政务服务中心统一出件窗口领取' },
  },
  {
    key: '0010',
    ownerId: LI,
    itemId: 'i-social-card-apply',
    serial: '031985',
    channel: 'window',
    hallId: 'hall-ludian',
    steps: [
      submittedAtWindow(1, '15:30'),
      {
        ...accepted(1, '16:00', 0),
        note: '申请材料齐全，予以受理。社保卡制卡约需5个工作日，制好后通知您领取。',
      },
    ],
  },
  // 王建国: a registration completed and never rated (the platform records 基本满意), a freight permit past its
  // promise (超期), and his history.
  {
    key: '0011',
    ownerId: WANG,
    itemId: 'i-sole-proprietor-registration',
    serial: '142207',
    channel: 'window',
    hallId: 'hall-zhenxiong',
    steps: [
      submittedAtWindow(9, '10:00'),
      accepted(9, '10:05', 0),
      { status: 'processing', daysAgo: 9, time: '10:10', note: '窗口审核。' },
      { status: 'completed', daysAgo: 9, time: '10:40', note: '核准登记，营业执照已发放。' },
    ],
    result: { outcome: 'approved', note: '核准登记，营业执照已发放。' },
    delivery: { method: 'electronic', detail: '电子营业执照已发放到通通办“我的证照”。' },
  },
  {
    key: '0012',
    ownerId: WANG,
    itemId: 'i-freight-transport-permit',
    serial: '256630',
    channel: 'online',
    hallId: 'hall-zhenxiong',
    steps: [
      submittedOnline(9, '08:45'),
      accepted(8, '09:30', 5),
      { status: 'processing', daysAgo: 7, time: '14:20', note: '交通运输部门正在核查车辆和驾驶员信息。' },
    ],
  },
  ...businessHistory(),
]

// ---------------------------------------------------------------------------------------------------------
// Laying the seed out on the clock
// ---------------------------------------------------------------------------------------------------------

/**
 * The date `count` working days before `today`. Where the calendar has no data (a year not published)
 * weekdays stand in: this only places seed history, it never decides a deadline.
 */
function workingDaysBefore(calendar: CalendarData, today: string, count: number): string {
  let date = today
  for (let left = count; left > 0;) {
    date = addDays(date, -1)
    if (isWorkingDay(calendar, date) ?? !isWeekend(date)) left--
  }
  return date
}

const shanghaiIso = (ms: number) => toShanghaiIso(new Date(ms))

function materialize(seed: SeedCase, seq: number, calendar: CalendarData, nowMs: number): CaseRecord {
  const item = catalogItem(seed.itemId)
  const owner = SEED_CITIZENS.find((c) => c.id === seed.ownerId)
  const person = POPULATION_REGISTER.find((p) => p.idNumber === owner?.idNumber)
  const today = shanghaiIso(nowMs).slice(0, 10)
  // Steps placed later than now (a step "today" at a time still to come) move to just before now, in order.
  const times = seed.steps.map((step, i) => {
    const at = Date.parse(`${workingDaysBefore(calendar, today, step.daysAgo)}T${step.time}:00+08:00`)
    return Math.min(at, nowMs - (seed.steps.length - i) * 60_000)
  })
  for (let i = 1; i < times.length; i++) times[i] = Math.max(times[i], times[i - 1] + 60_000)

  const record: CaseRecord = {
    id: caseId(seq),
    caseNo: `ZT${shanghaiIso(times[0]).slice(0, 10).replace(/-/g, '')}${seed.serial}`,
    itemId: seed.itemId,
    itemName: item.name,
    department: item.department,
    committedWorkingDays: item.committedWorkingDays,
    channel: seed.channel,
    applicant: { userId: seed.ownerId, phone: owner?.phone ?? '', name: person?.name ?? null },
    hallId: seed.hallId,
    status: seed.steps[seed.steps.length - 1].status,
    timeline: [],
    supplement: null,
    supplements: [],
    result: seed.result ?? null,
    delivery: seed.delivery ? { ...seed.delivery, deliveredAt: null } : null,
    statusAlerts: { channel: 'sms', remaining: 0, sent: [] },
    createdAt: shanghaiIso(times[0]),
    updatedAt: shanghaiIso(times[times.length - 1]),
  }
  record.timeline = seed.steps.map((step, i) => ({
    at: shanghaiIso(times[i]),
    status: step.status,
    node: CASE_NODES[step.status],
    department: actingDepartment(record, step.status),
    note: step.note,
  }))
  if (seed.supplement) record.supplement = { ...seed.supplement, requestedAt: record.updatedAt }
  const delivered = record.timeline.find((event) => event.status === 'delivered')
  if (record.delivery && delivered) record.delivery.deliveredAt = delivered.at
  return record
}

/**
 * Lays the seed cases (and the ratings given on them) out on the clock, once after every reset. Every route
 * that reads cases or ratings calls this first.
 */
export function ensureSeeded(
  state: { cases: CasesState; ratings: RatingsState },
  calendar: CalendarData,
  nowMs: number,
): boolean {
  if (state.cases.seeded) return false
  const records = SEED_CASES.map((seed, i) => materialize(seed, state.cases.nextSeq + i, calendar, nowMs))
  state.cases.nextSeq += records.length
  for (const record of records) state.cases.records[record.id] = record
  const seedKeys = new Map(SEED_CASES.map((seed, i) => [seed.key, records[i]]))
  for (const rating of seedRatingRecords(seedKeys, calendar, state.ratings.nextSeq)) {
    state.ratings.records[rating.id] = rating
    state.ratings.nextSeq++
  }
  state.cases.seeded = true
  return true
}
