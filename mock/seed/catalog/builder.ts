import type { Fee, ItemGuide } from '../../../types/api/catalog'
import type { DepartmentKey, ItemTypeCode } from './departments'
import { defineItem, type SeedItem } from './define'
import type { HallScope } from './hallRefs'
import { material, type MaterialId } from './materials'

/**
 * The long tail of the catalog: items without 情形, one compact row each in a per-department table, expanded
 * by `buildTable` into full 办事指南. What differs between items (name, 俗称, days, trips, fee, documents, a
 * one-line summary) is in the row; what an item of a type has in common (its usual 受理条件) comes from here.
 */
export interface TableRow {
  id: string
  name: string
  /** 俗称, separated by spaces. */
  aka: string
  /** Tags beyond the table's own, separated by spaces. */
  tags?: string
  type: ItemTypeCode
  /** [承诺时限, 法定时限] in working days. */
  days: [number, number]
  visits: number
  /** Default: true (在线办理 is the rule; a few need the citizen in person from the start). */
  online?: boolean
  /** Default: the table's level. */
  level?: ItemGuide['level']
  materials: MaterialId[]
  /** Default: 不收费. */
  fee?: Fee
  summary: string
  /** Default: the usual conditions for the item's type. */
  conditions?: string[]
  hot: number
}

export interface DepartmentTable {
  department: DepartmentKey
  level: ItemGuide['level']
  /** Tags every row of the table carries (the department's domain). */
  tags: string[]
  /** Default: by each row's level. Set when the department takes applications below its level. */
  halls?: HallScope
  rows: TableRow[]
}

const USUAL_CONDITIONS: Record<ItemTypeCode, string[]> = {
  XK: ['申请人具备相应的主体资格', '符合法律法规规定的许可条件和标准'],
  QR: ['申请人为当事人本人或其法定代理人、委托代理人', '申请确认的事项真实、有依据'],
  JF: ['属于给付对象范围，户籍或常住地在昭通', '符合规定的给付标准和条件'],
  GF: ['申请人为本人或其委托的代理人'],
  ZS: ['依法负有缴纳义务的单位和个人'],
  JL: ['符合奖励条件'],
  CJ: ['属于受理范围，且在法定时效内申请'],
  QT: ['符合规定的办理条件'],
}

const words = (text: string | undefined): string[] => (text ? text.split(/\s+/).filter(Boolean) : [])

export function buildTable(table: DepartmentTable): SeedItem[] {
  return table.rows.map((row) =>
    defineItem({
      id: row.id,
      name: row.name,
      aliases: words(row.aka),
      tags: [...new Set([...table.tags, ...words(row.tags)])],
      department: table.department,
      level: row.level ?? table.level,
      type: row.type,
      summary: row.summary,
      conditions: row.conditions ?? USUAL_CONDITIONS[row.type],
      days: row.days[0],
      statutoryDays: row.days[1],
      fee: row.fee,
      visits: row.visits,
      online: row.online ?? true,
      halls: table.halls,
      materials: row.materials.map((id) => material(id)),
      hot: row.hot,
    }),
  )
}
