import type { CatalogEntry } from '../../../types/api/catalog'
import { catalogIndex, ITEMS } from '.'
import { ZHAOTONG_AREAS } from '../identity'

/**
 * A city-sized catalog for benchmarks only (never served by the simulator): Zhaotong's whole catalog has
 * ≈ 14,500 items. It holds the real catalog plus the look-alikes a real 事项目录 is full of, so a search
 * engine is measured finding the real answer among them:
 * - county copies: the same item run by each county's department (出生登记 × 11 县级公安机关);
 * - 变更 / 延续 / 注销 / 补证 variants of the real 许可 and 登记 items, and their county copies;
 * - other departments' long-tail items, built from real objects and actions (犬只登记, 典当业特种行业许可…).
 * Real entries keep their 热度; look-alikes are less requested, as in a real catalog. Deterministic for a
 * given size and seed.
 */

const COUNTIES = Object.entries(ZHAOTONG_AREAS).map(([code, name]) => ({ code, name }))

/** mulberry32: small, fast and good enough to shuffle a benchmark catalog reproducibly. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(list: T[], next: () => number): T[] {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** 昭通市公安局 → 镇雄县公安局; a department without the city in its name gets the county added. */
function countyDepartment(department: string, county: string): string {
  return department.includes('昭通市') ? department.replace('昭通市', county) : `${department}（${county}）`
}

const VARIANTS: { suffix: string; slug: string; says: string[] }[] = [
  { suffix: '变更', slug: 'change', says: ['信息变更', '改信息'] },
  { suffix: '延续', slug: 'renew', says: ['到期续期', '延期'] },
  { suffix: '注销', slug: 'cancel', says: ['注销', '不干了注销'] },
  { suffix: '补证', slug: 'reissue', says: ['丢了补办', '补发'] },
]

/** Long-tail objects of departments the real catalog covers thinly, with the actions they come with. */
const LONG_TAIL: { department: string; tags: string[]; objects: string[]; actions: string[] }[] = [
  {
    department: '昭通市公安局',
    tags: ['公安'],
    objects: [
      '犬只',
      '典当业',
      '保安服务公司',
      '民用爆炸物品购买',
      '易制毒化学品运输',
      '机动车临时号牌',
      '校车驾驶资格',
      '寄递企业',
      '旧货业',
      '户籍证明',
      '枪支弹药运输',
      '开锁业',
      '金银饰品加工',
    ],
    actions: ['登记', '许可', '备案', '核发', '变更登记', '证明开具'],
  },
  {
    department: '昭通市人力资源和社会保障局',
    tags: ['人社'],
    objects: [
      '劳务派遣',
      '人力资源服务',
      '技工学校',
      '职业技能培训机构',
      '企业年金方案',
      '特殊工时制度',
      '高技能人才',
      '博士后工作站',
      '见习基地',
      '创业孵化基地',
      '零工市场',
    ],
    actions: ['许可', '备案', '认定', '审批', '补贴申领', '评估'],
  },
  {
    department: '昭通市市场监督管理局',
    tags: ['市场监管'],
    objects: [
      '检验检测机构',
      '计量标准',
      '商品条码',
      '广告发布',
      '网络交易平台',
      '认证机构',
      '直销企业',
      '拍卖企业',
      '外资企业',
      '分支机构',
      '集团',
      '特殊食品',
    ],
    actions: ['登记', '备案', '核准', '许可', '变更登记', '注销登记'],
  },
  {
    department: '昭通市交通运输局',
    tags: ['交通'],
    objects: [
      '水路运输',
      '港口经营',
      '船舶',
      '客运站',
      '汽车租赁',
      '城市公交',
      '公路养护',
      '巡游出租汽车经营',
      '国际道路运输',
      '货运站',
    ],
    actions: ['许可', '备案', '登记', '审批', '年度核查', '证件核发'],
  },
  {
    department: '昭通市住房和城乡建设局',
    tags: ['住建'],
    objects: [
      '房地产开发企业',
      '物业服务',
      '工程监理企业',
      '工程造价咨询',
      '建设工程招标',
      '城镇排水',
      '园林绿化',
      '城市桥梁',
      '施工图审查',
      '白蚁防治',
    ],
    actions: ['资质核准', '备案', '审批', '许可', '核查', '变更'],
  },
  {
    department: '昭通市卫生健康委员会',
    tags: ['卫健'],
    objects: [
      '放射诊疗',
      '母婴保健技术服务',
      '消毒产品',
      '饮用水供水单位',
      '职业健康检查机构',
      '中医诊所',
      '乡村医生',
      '医疗广告',
      '血站',
      '托育机构',
    ],
    actions: ['许可', '备案', '执业注册', '审查', '卫生许可', '校验'],
  },
  {
    department: '昭通市教育体育局',
    tags: ['教育'],
    objects: [
      '校外培训机构',
      '中等职业学校',
      '幼儿园',
      '体育赛事',
      '社会体育指导员',
      '教师资格',
      '学籍',
      '学生资助',
      '体育场馆',
      '研学基地',
    ],
    actions: ['审批', '备案', '认定', '登记', '变更', '年检'],
  },
  {
    department: '昭通市农业农村局',
    tags: ['农业农村'],
    objects: [
      '兽药经营',
      '饲料生产',
      '肥料登记',
      '生鲜乳收购站',
      '水产苗种',
      '农产品质量安全',
      '农村集体经济组织',
      '乡村兽医',
      '植物检疫',
      '种畜禽生产经营',
      '蜂种',
    ],
    actions: ['许可', '登记', '备案', '审批', '证明', '检疫'],
  },
  {
    department: '昭通市自然资源和规划局（不动产登记中心）',
    tags: ['不动产', '自然资源'],
    objects: [
      '采矿权',
      '探矿权',
      '土地复垦',
      '测绘资质',
      '地质灾害防治',
      '乡村建设规划',
      '临时用地',
      '土地征收',
      '林权',
      '海域使用',
    ],
    actions: ['审批', '登记', '许可', '核发', '备案', '变更'],
  },
  {
    department: '昭通市生态环境局',
    tags: ['生态环境'],
    objects: [
      '放射性物品运输',
      '机动车排放检验机构',
      '固体废物跨省转移',
      '突发环境事件应急预案',
      '清洁生产审核',
      '自动监控设施',
      '噪声排放',
    ],
    actions: ['审批', '备案', '许可', '核查', '登记'],
  },
  {
    department: '昭通市文化和旅游局',
    tags: ['文旅'],
    objects: [
      '文物保护单位',
      '博物馆',
      '艺术品经营',
      '演出经纪机构',
      '星级饭店',
      'A级旅游景区',
      '非物质文化遗产',
      '广播电视节目制作',
      '卫星电视接收设施',
      '文物拍卖',
    ],
    actions: ['审批', '备案', '认定', '许可', '评定', '登记'],
  },
  {
    department: '昭通市民政局',
    tags: ['民政'],
    objects: [
      '基金会',
      '殡葬设施',
      '公益性公墓',
      '养老服务',
      '儿童福利机构',
      '未成年人救助保护',
      '社会工作服务机构',
      '区划地名',
      '婚姻家庭辅导',
      '流浪乞讨人员救助',
    ],
    actions: ['登记', '审批', '备案', '补贴申领', '年检', '认定'],
  },
  {
    department: '昭通市应急管理局',
    tags: ['应急管理'],
    objects: [
      '非煤矿山',
      '金属冶炼',
      '烟花爆竹批发',
      '危险化学品安全使用',
      '尾矿库',
      '防雷装置',
      '安全评价机构',
      '工贸企业',
      '粉尘涉爆企业',
    ],
    actions: ['安全许可', '备案', '审查', '验收', '核准', '登记'],
  },
  {
    department: '国家税务总局昭通市税务局',
    tags: ['税务'],
    objects: [
      '跨区域涉税事项',
      '出口退税',
      '税收优惠',
      '环境保护税',
      '资源税',
      '印花税',
      '土地增值税',
      '消费税',
      '文化事业建设费',
      '残疾人就业保障金',
    ],
    actions: ['报告', '备案', '申报', '核准', '清算', '退抵税'],
  },
  {
    department: '昭通市水务局',
    tags: ['水务'],
    objects: ['水工程', '水库大坝', '农村供水工程', '城市供水', '节水', '水文监测', '水利工程质量'],
    actions: ['审批', '备案', '验收', '许可', '登记', '核查'],
  },
]

function longTailEntries(): CatalogEntry[] {
  const entries: CatalogEntry[] = []
  for (const group of LONG_TAIL) {
    for (const object of group.objects) {
      for (const action of group.actions) {
        const name = `${object}${action}`
        entries.push({
          id: `i-x-${entries.length}`,
          kind: 'item',
          name,
          aliases: [`办${name}`, `${object}手续`, `${object}怎么办`],
          department: group.department,
          tags: group.tags,
          hot: 0,
        })
      }
    }
  }
  return entries
}

function variantEntries(): CatalogEntry[] {
  const tagsOf = new Map(catalogIndex().entries.map((e) => [e.id, e.tags]))
  return ITEMS.filter((item) => item.itemType === '行政许可' && !item.name.endsWith('）')).flatMap((item) =>
    VARIANTS.map((variant) => {
      const base = item.name.replace(/(核发|申请|申领)$/, '')
      return {
        id: `${item.id}-${variant.slug}`,
        kind: 'item' as const,
        name: `${base}（${variant.suffix}）`,
        aliases: [
          ...item.aliases.slice(0, 2).map((a) => `${a}${variant.says[0]}`),
          `${base}${variant.says[1]}`,
        ],
        department: item.department,
        tags: tagsOf.get(item.id) ?? [],
        hot: 0,
      }
    }),
  )
}

/** The same item run by each county: same name and 俗称, the county's own department. */
function countyCopies(entries: CatalogEntry[]): CatalogEntry[] {
  return entries.flatMap((entry) =>
    COUNTIES.map((county) => ({
      ...entry,
      id: `${entry.id}-${county.code}`,
      department: countyDepartment(entry.department, county.name),
    })),
  )
}

export function generateStressCatalog(size = 15_000, seed = 1): CatalogEntry[] {
  const next = random(seed)
  const real = catalogIndex().entries
  if (size <= real.length) return real.slice(0, size)

  const countyLevel = new Set(
    ITEMS.filter((i) => i.level === 'county' || i.level === 'township').map((i) => i.id),
  )
  const variants = variantEntries()
  const pools = [
    countyCopies(real.filter((e) => countyLevel.has(e.id))),
    variants,
    countyCopies(variants.filter((v) => countyLevel.has(v.id.replace(/-[a-z]+$/, '')))),
    longTailEntries(),
    countyCopies(longTailEntries()),
  ]
  const lookAlikes = shuffle(pools.flat(), next).slice(0, size - real.length)
  if (lookAlikes.length < size - real.length) {
    throw new Error(`stress catalog: at most ${real.length + lookAlikes.length} entries, asked for ${size}`)
  }
  // Look-alikes are requested far less than the real items they resemble (热度 1–20 % of the original, or 1–60).
  const hotOf = new Map(real.map((e) => [e.id, e.hot]))
  const withHot = lookAlikes.map((entry) => {
    const original = hotOf.get(entry.id.replace(/-(\d{6}|change|renew|cancel|reissue)(-\d{6})?$/, ''))
    const hot = original
      ? Math.max(1, Math.round(original * (0.01 + 0.19 * next())))
      : 1 + Math.floor(next() * 60)
    return { ...entry, hot }
  })
  return shuffle([...real, ...withHot], next)
}
