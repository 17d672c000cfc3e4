/**
 * Seed data for identity: the citizens who already have accounts, and the slice of the 公安人口库 (population
 * register) the simulator checks real-name requests against. All people are fictional; the ID numbers are
 * built on real Zhaotong area codes with valid GB 11643 check digits (mock/seed/identity.test.ts checks them).
 */

/** Zhaotong's county-level area codes (the first 6 digits of a local ID number). */
export const ZHAOTONG_AREAS: Record<string, string> = {
  '530602': '昭阳区',
  '530621': '鲁甸县',
  '530622': '巧家县',
  '530623': '盐津县',
  '530624': '大关县',
  '530625': '永善县',
  '530626': '绥江县',
  '530627': '镇雄县',
  '530628': '彝良县',
  '530629': '威信县',
  '530681': '水富市',
}

export interface PopulationRecord {
  name: string
  idNumber: string
  householdAddress: string
}

export interface SeedCitizen {
  id: string
  phone: string | null
  /** WeChat login code `<openid>-<anything>` comes back as this citizen. */
  openid: string | null
  /** Real-name verified with this population record; null = account without real-name yet. */
  idNumber: string | null
}

export const POPULATION_REGISTER: PopulationRecord[] = [
  {
    name: '张明华',
    idNumber: '530602198503120019',
    householdAddress: '云南省昭通市昭阳区凤凰街道海楼路88号',
  },
  { name: '李秀英', idNumber: '530621196207150045', householdAddress: '云南省昭通市鲁甸县文屏镇建设路12号' },
  {
    name: '王建国',
    idNumber: '530627197811050019',
    householdAddress: '云南省昭通市镇雄县乌峰街道南台路36号',
  },
  { name: '陈小红', idNumber: '53060220040918004X', householdAddress: '云南省昭通市昭阳区龙泉街道珠泉路5号' },
  // The seeded mismatch case: this number belongs to 杨文才 and nobody has an account with it. Submitting
  // it with any other name answers 422 REALNAME_MISMATCH (as would any seeded number with the wrong name).
  { name: '杨文才', idNumber: '530628199208150053', householdAddress: '云南省昭通市彝良县角奎镇发界路21号' },
]

export const SEED_CITIZENS: SeedCitizen[] = [
  // Verified, has a 驾驶证: the everyday test citizen. WeChat code "zhangmh-…" logs in as him.
  { id: 'u-0001', phone: '13887001234', openid: 'zhangmh', idNumber: '530602198503120019' },
  // Verified, born 1962 (elder mode, 帮办代办), has a 结婚证.
  { id: 'u-0002', phone: '15887012345', openid: 'lixiuying', idNumber: '530621196207150045' },
  // Verified, runs a business: has a 营业执照 (and a 驾驶证 and a 结婚证).
  { id: 'u-0003', phone: '13908701111', openid: 'wangjg', idNumber: '530627197811050019' },
  // Registered by SMS but not real-name verified yet (her register entry above lets her verify).
  { id: 'u-0004', phone: '18987056789', openid: null, idNumber: null },
]

// ---------------------------------------------------------------------------------------------------------
// The identity slice of the simulator state
// ---------------------------------------------------------------------------------------------------------

export interface Citizen {
  id: string
  phone: string | null
  openid: string | null
  realName: { name: string; idNumber: string; verifiedAt: string } | null
  createdAt: string
}

export interface HistoryEntry {
  value: string | number | boolean | string[]
  usedAt: string
}

export interface IdentityState {
  /** Numbers the next new account (u-0005, …), so ids are predictable in tests. */
  nextCitizenSeq: number
  citizens: Record<string, Citizen>
  /** The SMS code last sent to each phone. */
  smsCodes: Record<string, { code: string; expiresAtMs: number }>
  /** Wrong SMS codes per phone; 5 in a row lock the phone. */
  smsFailures: Record<string, { count: number; lockedUntilMs: number }>
  /** Per citizen, field key → what they entered last time; filled by the applications feature. */
  formHistory: Record<string, Record<string, HistoryEntry>>
}

// Seed accounts exist since before any test starts; their exact creation time does not matter.
const SEED_CREATED_AT = '2024-01-02T09:00:00+08:00'

export function seedIdentity(): IdentityState {
  const citizens: Record<string, Citizen> = {}
  for (const seed of SEED_CITIZENS) {
    const record = seed.idNumber ? POPULATION_REGISTER.find((p) => p.idNumber === seed.idNumber) : undefined
    citizens[seed.id] = {
      id: seed.id,
      phone: seed.phone,
      openid: seed.openid,
      realName: record ? { name: record.name, idNumber: record.idNumber, verifiedAt: SEED_CREATED_AT } : null,
      createdAt: SEED_CREATED_AT,
    }
  }
  return {
    nextCitizenSeq: SEED_CITIZENS.length + 1,
    citizens,
    smsCodes: {},
    smsFailures: {},
    formHistory: {},
  }
}
