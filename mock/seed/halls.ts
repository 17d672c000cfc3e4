import type { GeoPoint, HallLevel, SlotPeriod, TimeRange } from '../../types/api/appointments'

/**
 * The halls (政务服务中心) the platform knows: 市民之家, the 11 county halls and a few township centres. Other
 * seed data (catalog items, appointment services) refers to them by `id`; ids and names never change.
 *
 * Each hall's opening is data: regular hours on workdays, and its 错时延时 offer — 午间不打烊 12:00–14:30,
 * 晚间延时 to 20:00, weekend and holiday openings by appointment — with the places per slot in each period.
 * Slots are cut from these hours (mock/routes/appointments.ts) on the days the official calendar allows.
 * Addresses, coordinates (GCJ-02) and phone numbers are illustrative, placed in the right towns.
 */
export interface HallSeed {
  id: string
  name: string
  /** 县区 */
  county: string
  level: HallLevel
  address: string
  location: GeoPoint
  phone: string
  /** Workdays and 调休 workdays. */
  regularHours: TimeRange[]
  lunch: TimeRange | null
  evening: TimeRange | null
  /** Saturday and Sunday openings, by appointment only. */
  weekend: TimeRange[]
  /** Statutory holidays, by appointment only. */
  holiday: TimeRange[]
  /** Places per slot in each period the hall opens; a period missing here is not bookable. */
  capacity: Partial<Record<SlotPeriod, number>>
  slotMinutes: number
  /** Cancel or reschedule until this many minutes before the start. */
  cancelCutoffMinutes: number
}

const REGULAR_HOURS: TimeRange[] = [
  { start: '09:00', end: '12:00' },
  { start: '14:30', end: '18:00' },
]
const LUNCH: TimeRange = { start: '12:00', end: '14:30' }
const EVENING: TimeRange = { start: '18:00', end: '20:00' }
const MORNING: TimeRange = { start: '09:00', end: '12:00' }

type Place = Pick<HallSeed, 'id' | 'name' | 'county' | 'address' | 'location' | 'phone'>

/** A county hall: every off-hours period, two-hour cut-off. Some smaller counties do not open on holidays. */
function countyHall(place: Place, options: { holiday: boolean } = { holiday: true }): HallSeed {
  return {
    ...place,
    level: 'county',
    regularHours: REGULAR_HOURS,
    lunch: LUNCH,
    evening: EVENING,
    weekend: [MORNING],
    holiday: options.holiday ? [MORNING] : [],
    capacity: {
      regular: 4,
      lunch: 2,
      evening: 2,
      weekend: 3,
      ...(options.holiday ? { holiday: 2 } : {}),
    },
    slotMinutes: 30,
    cancelCutoffMinutes: 120,
  }
}

/** A township centre (便民服务中心): lunch and Saturday-morning openings, no evenings or holidays. */
function townshipCentre(place: Place): HallSeed {
  return {
    ...place,
    level: 'township',
    regularHours: REGULAR_HOURS,
    lunch: LUNCH,
    evening: null,
    weekend: [MORNING],
    holiday: [],
    capacity: { regular: 3, lunch: 2, weekend: 2 },
    slotMinutes: 30,
    cancelCutoffMinutes: 60,
  }
}

export const HALLS: HallSeed[] = [
  {
    id: 'hall-city',
    name: '昭通市民之家',
    county: '昭阳区',
    level: 'city',
    address: '昭通市昭阳区北部新区海楼路与昭通大道交叉口 市民之家',
    location: { latitude: 27.3569, longitude: 103.7254 },
    phone: '0870-2150123',
    regularHours: REGULAR_HOURS,
    lunch: LUNCH,
    evening: EVENING,
    weekend: [MORNING, { start: '14:30', end: '17:30' }],
    holiday: [MORNING],
    capacity: { regular: 5, lunch: 3, evening: 3, weekend: 4, holiday: 2 },
    slotMinutes: 30,
    cancelCutoffMinutes: 120,
  },
  countyHall({
    id: 'hall-zhaoyang',
    name: '昭阳区政务服务中心',
    county: '昭阳区',
    address: '昭通市昭阳区龙泉街道珠泉路118号',
    location: { latitude: 27.3296, longitude: 103.7103 },
    phone: '0870-2123456',
  }),
  countyHall({
    id: 'hall-ludian',
    name: '鲁甸县政务服务中心',
    county: '鲁甸县',
    address: '昭通市鲁甸县文屏镇建设路36号',
    location: { latitude: 27.1923, longitude: 103.5587 },
    phone: '0870-8221234',
  }),
  countyHall({
    id: 'hall-qiaojia',
    name: '巧家县政务服务中心',
    county: '巧家县',
    address: '昭通市巧家县白鹤滩镇迎宾路25号',
    location: { latitude: 26.9125, longitude: 102.9298 },
    phone: '0870-7121234',
  }),
  countyHall({
    id: 'hall-yanjin',
    name: '盐津县政务服务中心',
    county: '盐津县',
    address: '昭通市盐津县盐井镇新区大道8号',
    location: { latitude: 28.1084, longitude: 104.2344 },
    phone: '0870-6621234',
  }),
  countyHall({
    id: 'hall-daguan',
    name: '大关县政务服务中心',
    county: '大关县',
    address: '昭通市大关县翠华镇新城区政务大楼',
    location: { latitude: 27.748, longitude: 103.8912 },
    phone: '0870-6121234',
  }),
  countyHall({
    id: 'hall-yongshan',
    name: '永善县政务服务中心',
    county: '永善县',
    address: '昭通市永善县溪洛渡街道景新路99号',
    location: { latitude: 28.229, longitude: 103.6381 },
    phone: '0870-4021234',
  }),
  countyHall(
    {
      id: 'hall-suijiang',
      name: '绥江县政务服务中心',
      county: '绥江县',
      address: '昭通市绥江县中城镇金江路12号',
      location: { latitude: 28.5922, longitude: 103.9686 },
      phone: '0870-7621234',
    },
    { holiday: false },
  ),
  countyHall({
    id: 'hall-zhenxiong',
    name: '镇雄县政务服务中心',
    county: '镇雄县',
    address: '昭通市镇雄县乌峰街道南台路66号',
    location: { latitude: 27.4417, longitude: 104.8734 },
    phone: '0870-4121234',
  }),
  countyHall({
    id: 'hall-yiliang',
    name: '彝良县政务服务中心',
    county: '彝良县',
    address: '昭通市彝良县角奎镇发界路18号',
    location: { latitude: 27.6259, longitude: 104.0487 },
    phone: '0870-7821234',
  }),
  countyHall(
    {
      id: 'hall-weixin',
      name: '威信县政务服务中心',
      county: '威信县',
      address: '昭通市威信县扎西镇红军路20号',
      location: { latitude: 27.8465, longitude: 105.0488 },
      phone: '0870-6021234',
    },
    { holiday: false },
  ),
  countyHall({
    id: 'hall-shuifu',
    name: '水富市政务服务中心',
    county: '水富市',
    address: '昭通市水富市向家坝街道云天路5号',
    location: { latitude: 28.6298, longitude: 104.4158 },
    phone: '0870-8621234',
  }),
  townshipCentre({
    id: 'hall-zy-beizha',
    name: '昭阳区北闸镇便民服务中心',
    county: '昭阳区',
    address: '昭通市昭阳区北闸镇北闸街12号',
    location: { latitude: 27.4215, longitude: 103.6852 },
    phone: '0870-2611234',
  }),
  townshipCentre({
    id: 'hall-ld-longtoushan',
    name: '鲁甸县龙头山镇便民服务中心',
    county: '鲁甸县',
    address: '昭通市鲁甸县龙头山镇龙泉路3号',
    location: { latitude: 27.0977, longitude: 103.3992 },
    phone: '0870-8511234',
  }),
  townshipCentre({
    id: 'hall-zx-wufeng',
    name: '镇雄县乌峰街道便民服务中心',
    county: '镇雄县',
    address: '昭通市镇雄县乌峰街道府前路8号',
    location: { latitude: 27.4378, longitude: 104.8661 },
    phone: '0870-4131234',
  }),
]

const byId = new Map(HALLS.map((hall) => [hall.id, hall]))

export function findHall(id: string): HallSeed | undefined {
  return byId.get(id)
}
