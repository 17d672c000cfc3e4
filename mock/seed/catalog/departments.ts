/**
 * 实施部门 of the seed catalog. The key is what the catalog data uses; `name` is what citizens see (and what
 * department hints such as "公安" or "社保" match in search); `code` is the department part of 事项编码.
 */
export const DEPARTMENTS = {
  police: { name: '昭通市公安局', code: '01' },
  hrss: { name: '昭通市人力资源和社会保障局', code: '02' },
  medicalInsurance: { name: '昭通市医疗保障局', code: '03' },
  civilAffairs: { name: '昭通市民政局', code: '04' },
  market: { name: '昭通市市场监督管理局', code: '05' },
  transport: { name: '昭通市交通运输局', code: '06' },
  housing: { name: '昭通市住房和城乡建设局', code: '07' },
  realEstate: { name: '昭通市自然资源和规划局（不动产登记中心）', code: '08' },
  tax: { name: '国家税务总局昭通市税务局', code: '09' },
  health: { name: '昭通市卫生健康委员会', code: '10' },
  education: { name: '昭通市教育体育局', code: '11' },
  disabled: { name: '昭通市残疾人联合会', code: '12' },
  veterans: { name: '昭通市退役军人事务局', code: '13' },
  housingFund: { name: '昭通市住房公积金管理中心', code: '14' },
  agriculture: { name: '昭通市农业农村局', code: '15' },
  water: { name: '昭通市水务局', code: '16' },
  ecology: { name: '昭通市生态环境局', code: '17' },
  culture: { name: '昭通市文化和旅游局', code: '18' },
  justice: { name: '昭通市司法局', code: '19' },
  emergency: { name: '昭通市应急管理局', code: '20' },
  development: { name: '昭通市发展和改革委员会', code: '21' },
  urbanManagement: { name: '昭通市城市管理局', code: '22' },
  fireRescue: { name: '昭通市消防救援支队', code: '23' },
  forestry: { name: '昭通市林业和草原局', code: '24' },
  power: { name: '云南电网昭通供电局', code: '25' },
  waterSupply: { name: '昭通市城市供水服务窗口', code: '27' },
  gas: { name: '昭通市城镇燃气服务窗口', code: '28' },
  telecom: { name: '通信运营商（电信、移动、联通、广电）', code: '29' },
  court: { name: '昭通市中级人民法院', code: '26' },
} as const

export type DepartmentKey = keyof typeof DEPARTMENTS

/** 事项类型 and the two letters the 事项编码 uses for it. */
export const ITEM_TYPES = {
  XK: '行政许可',
  QR: '行政确认',
  JF: '行政给付',
  GF: '公共服务',
  ZS: '行政征收',
  JL: '行政奖励',
  CJ: '行政裁决',
  QT: '其他行政权力',
} as const

export type ItemTypeCode = keyof typeof ITEM_TYPES
