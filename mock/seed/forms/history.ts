import type { HistoryEntry } from '../identity'
import type { FieldKey } from './fields'

/**
 * What seed citizens typed in applications before the simulator's data begins, by field key: the 历史申报
 * that GET /me/autofill offers as unverified suggestions. 王建国 (u-0003) is the returning citizen: he
 * registered his first child (2021), his 个体 freight business and its truck (the 道路货物运输经营许可 in his
 * seed cases), so a 一件事 for his second child or for a freight company finds most of its fields filled.
 * All people, numbers and addresses are fictional; the ID number and credit code carry valid check characters.
 */
const WANG_FIRST_CHILD = '2021-04-12T10:20:00+08:00'
const WANG_BUSINESS = '2025-06-03T09:40:00+08:00'

const WANG: Partial<Record<FieldKey, HistoryEntry>> = {
  'applicant.ethnicity': { value: '汉族', usedAt: WANG_FIRST_CHILD },
  'applicant.residenceAddress': {
    value: '云南省昭通市镇雄县乌峰街道环城北路128号2栋301',
    usedAt: WANG_FIRST_CHILD,
  },
  'otherParent.name': { value: '刘芳', usedAt: WANG_FIRST_CHILD },
  'otherParent.idNumber': { value: '530627198203150029', usedAt: WANG_FIRST_CHILD },
  'otherParent.phone': { value: '13987012222', usedAt: WANG_FIRST_CHILD },
  'otherParent.ethnicity': { value: '汉族', usedAt: WANG_FIRST_CHILD },
  'card.delivery': { value: 'mail', usedAt: WANG_FIRST_CHILD },
  'card.mailingAddress': { value: '云南省昭通市镇雄县乌峰街道环城北路128号2栋301', usedAt: WANG_FIRST_CHILD },
  'card.bank': { value: 'ynrcc', usedAt: WANG_FIRST_CHILD },
  'company.name': { value: '镇雄县建国货运部', usedAt: WANG_BUSINESS },
  'company.creditCode': { value: '92530627MA6K7Q3T2G', usedAt: WANG_BUSINESS },
  'company.address': { value: '云南省昭通市镇雄县乌峰街道南台路36号附1号', usedAt: WANG_BUSINESS },
  'company.businessScope': { value: '道路普通货物运输；货物装卸搬运', usedAt: WANG_BUSINESS },
  'contact.name': { value: '刘芳', usedAt: WANG_BUSINESS },
  'contact.phone': { value: '13987012222', usedAt: WANG_BUSINESS },
  'transport.scope': { value: 'general', usedAt: WANG_BUSINESS },
  'transport.safetyManager': { value: '王建军', usedAt: WANG_BUSINESS },
  'transport.safetyManagerPhone': { value: '13887015555', usedAt: WANG_BUSINESS },
  'transport.parkingAddress': { value: '云南省昭通市镇雄县乌峰街道物流园区B区12号', usedAt: WANG_BUSINESS },
  'vehicle.plateNumber': { value: '云C58K32', usedAt: WANG_BUSINESS },
  'vehicle.vin': { value: 'LZZ5BLSJ8JA123456', usedAt: WANG_BUSINESS },
  'vehicle.type': { value: 'heavy_van', usedAt: WANG_BUSINESS },
  'vehicle.totalMass': { value: '18', usedAt: WANG_BUSINESS },
  'delivery.method': { value: 'electronic', usedAt: WANG_BUSINESS },
}

/** The identity slice's formHistory as seeded: citizen id → field key → last value. */
export function seedFormHistory(): Record<string, Record<string, HistoryEntry>> {
  return { 'u-0003': structuredClone(WANG) as Record<string, HistoryEntry> }
}
