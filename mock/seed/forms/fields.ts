import type { FieldOption, FormField, SensitiveKind } from '../../../types/api/forms'

/**
 * The one field library of the simulator's forms. Items ask for data by these keys, so the same datum has
 * the same key, label, rules and autofill source in every form — which is what lets a 一件事 ask it once and
 * lets the platform remember it for next time (history is kept by key). An item may tighten a field (a
 * condition, required) where it is used; it never invents its own copy of a datum that is here.
 */
export type FieldSpec = Omit<FormField, 'key' | 'forItems'>

const options = (...pairs: [string, string][]): FieldOption[] =>
  pairs.map(([value, label]) => ({ value, label }))

const required = { required: true, remember: true } as const

const personName = (label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  label,
  type: 'name',
  ...required,
  ...extra,
})

const SEX = options(['male', '男'], ['female', '女'])

export const FIELDS = {
  // ── The applicant: the signed-in citizen ───────────────────────────────────────────────────────────────
  'applicant.name': personName('申请人姓名', { autofill: { path: 'identity.name', lock: true } }),
  'applicant.idNumber': {
    label: '申请人身份证号',
    type: 'idNumber',
    ...required,
    autofill: { path: 'identity.idNumber', lock: true },
  },
  'applicant.sex': {
    label: '性别',
    type: 'select',
    options: SEX,
    ...required,
    autofill: { path: 'identity.sex', lock: true },
  },
  'applicant.birthDate': {
    label: '出生日期',
    type: 'date',
    dateRange: 'past',
    ...required,
    autofill: { path: 'identity.birthDate', lock: true },
  },
  'applicant.phone': {
    label: '联系电话',
    type: 'mobile',
    hint: '办理进度和领取通知会发到这个号码',
    ...required,
    autofill: { path: 'phone', lock: false },
  },
  'applicant.ethnicity': {
    label: '民族',
    type: 'text',
    hint: '如：汉族、彝族、苗族、回族',
    minLength: 2,
    maxLength: 10,
    ...required,
  },
  'applicant.householdAddress': {
    label: '户籍地址',
    type: 'address',
    minLength: 6,
    maxLength: 100,
    ...required,
    autofill: { path: 'address.household', lock: true },
  },
  'applicant.residenceAddress': {
    label: '现居住地址',
    type: 'address',
    hint: '写到门牌号，如：昭阳区凤凰街道海楼路88号3栋2单元501',
    minLength: 6,
    maxLength: 100,
    ...required,
    autofill: { path: 'address.residence', lock: false },
  },
  'applicant.workUnit': { label: '工作单位', type: 'text', maxLength: 50, required: false, remember: true },
  /** Derived from the verified sex: the applicant of a 新生儿 application is the baby's father or mother. */
  'applicant.parentRole': {
    label: '申请人与孩子的关系',
    type: 'select',
    options: options(['male', '父亲'], ['female', '母亲']),
    ...required,
    autofill: { path: 'identity.sex', lock: true },
  },

  // ── The baby's other parent ────────────────────────────────────────────────────────────────────────────
  'otherParent.name': personName('另一方家长姓名', { hint: '孩子的父亲或母亲（不是申请人的那一位）' }),
  'otherParent.idNumber': { label: '另一方家长身份证号', type: 'idNumber', ...required },
  'otherParent.phone': { label: '另一方家长联系电话', type: 'mobile', required: false, remember: true },
  'otherParent.ethnicity': {
    label: '另一方家长民族',
    type: 'text',
    minLength: 2,
    maxLength: 10,
    ...required,
  },

  // ── The newborn: facts of this application only, never remembered ──────────────────────────────────────
  'newborn.name': personName('新生儿姓名', {
    hint: '登记后将用于出生医学证明、户口和社保卡，请确认无误',
    remember: false,
  }),
  'newborn.ethnicity': {
    label: '新生儿民族',
    type: 'text',
    hint: '随父亲或母亲的民族',
    minLength: 2,
    maxLength: 10,
    required: true,
    remember: false,
  },
  'newborn.sex': { label: '新生儿性别', type: 'select', options: SEX, required: true, remember: false },
  'newborn.birthDate': {
    label: '出生日期',
    type: 'date',
    dateRange: 'past',
    required: true,
    remember: false,
  },
  'newborn.birthPlace': {
    label: '出生地（医院名称）',
    type: 'text',
    minLength: 4,
    maxLength: 60,
    required: true,
    remember: false,
  },
  'newborn.certificateNo': {
    label: '出生医学证明编号',
    type: 'text',
    hint: '证明右上角的字母和数字，如：Q530123456',
    minLength: 8,
    maxLength: 12,
    required: true,
    remember: false,
  },

  // ── 户口登记 ───────────────────────────────────────────────────────────────────────────────────────────
  'settle.address': {
    label: '落户地址',
    type: 'address',
    hint: '孩子户口登记到的户籍地址',
    minLength: 6,
    maxLength: 100,
    required: true,
    remember: false,
    autofill: { path: 'address.household', lock: false },
  },
  'settle.relationToHead': {
    label: '孩子与户主的关系',
    type: 'select',
    options: options(
      ['son', '子'],
      ['daughter', '女'],
      ['grandson', '孙子'],
      ['granddaughter', '孙女'],
      ['other', '其他'],
    ),
    required: true,
    remember: false,
  },

  // ── 社保卡 ─────────────────────────────────────────────────────────────────────────────────────────────
  'card.delivery': {
    label: '社保卡领取方式',
    type: 'select',
    options: options(['mail', '免费邮寄到家'], ['window', '到社保卡服务网点领取']),
    ...required,
  },
  'card.mailingAddress': {
    label: '社保卡邮寄地址',
    type: 'address',
    minLength: 6,
    maxLength: 100,
    required: false,
    requiredIf: { field: 'card.delivery', in: ['mail'] },
    showIf: { field: 'card.delivery', in: ['mail'] },
    remember: true,
    autofill: { path: 'address.mailing', lock: false },
  },
  'card.bank': {
    label: '社保卡合作银行',
    type: 'select',
    hint: '社保卡同时是这家银行的借记卡',
    options: options(
      ['icbc', '中国工商银行'],
      ['abc', '中国农业银行'],
      ['boc', '中国银行'],
      ['ccb', '中国建设银行'],
      ['psbc', '中国邮政储蓄银行'],
      ['ynrcc', '云南省农村信用社'],
    ),
    ...required,
  },

  // ── How the result reaches the citizen ─────────────────────────────────────────────────────────────────
  'delivery.method': {
    label: '结果领取方式',
    type: 'select',
    options: options(
      ['electronic', '电子证照，在通通办查看'],
      ['mail', '免费邮寄'],
      ['window', '到大厅窗口领取'],
    ),
    ...required,
  },
  'delivery.address': {
    label: '邮寄地址',
    type: 'address',
    minLength: 6,
    maxLength: 100,
    required: false,
    requiredIf: { field: 'delivery.method', in: ['mail'] },
    showIf: { field: 'delivery.method', in: ['mail'] },
    remember: true,
    autofill: { path: 'address.mailing', lock: false },
  },

  // ── Payments to the citizen (subsidies, refunds) ───────────────────────────────────────────────────────
  'bank.name': {
    label: '收款银行',
    type: 'text',
    hint: '写到支行，如：农业银行昭通分行',
    minLength: 4,
    maxLength: 40,
    ...required,
  },
  'bank.account': {
    label: '银行卡号',
    type: 'text',
    hint: '本人名下的借记卡或社保卡金融账户',
    minLength: 12,
    maxLength: 25,
    ...required,
  },

  // ── Businesses ─────────────────────────────────────────────────────────────────────────────────────────
  'company.name': { label: '企业名称', type: 'text', minLength: 4, maxLength: 50, ...required },
  'company.creditCode': {
    label: '统一社会信用代码',
    type: 'creditCode',
    hint: '营业执照左上角的18位代码',
    ...required,
  },
  'company.address': {
    label: '住所（经营场所）',
    type: 'address',
    minLength: 6,
    maxLength: 100,
    ...required,
  },
  'company.businessScope': {
    label: '经营范围',
    type: 'text',
    hint: '如：道路普通货物运输；货物仓储',
    minLength: 2,
    maxLength: 200,
    ...required,
  },
  'company.registeredCapital': {
    label: '注册资本',
    type: 'amount',
    unit: '万元',
    min: 0.01,
    max: 1_000_000,
    required: true,
    remember: false,
  },
  'legalRep.name': personName('法定代表人姓名', { autofill: { path: 'identity.name', lock: true } }),
  'legalRep.idNumber': {
    label: '法定代表人身份证号',
    type: 'idNumber',
    ...required,
    autofill: { path: 'identity.idNumber', lock: true },
  },
  'legalRep.phone': {
    label: '法定代表人手机号',
    type: 'mobile',
    ...required,
    autofill: { path: 'phone', lock: false },
  },
  'contact.name': personName('企业联络员姓名', { hint: '负责和登记机关联系的人' }),
  'contact.phone': { label: '企业联络员手机号', type: 'mobile', ...required },

  // ── Road transport ─────────────────────────────────────────────────────────────────────────────────────
  'transport.scope': {
    label: '申请的经营范围',
    type: 'select',
    options: options(
      ['general', '道路普通货物运输'],
      ['special', '货物专用运输（集装箱、冷藏保鲜等）'],
      ['oversize', '大型物件运输'],
    ),
    ...required,
  },
  'transport.vehicleCount': {
    label: '拟投入的货车数量',
    type: 'integer',
    unit: '辆',
    min: 1,
    max: 500,
    required: true,
    remember: false,
  },
  'transport.safetyManager': personName('安全生产管理人员姓名'),
  'transport.safetyManagerPhone': { label: '安全生产管理人员手机号', type: 'mobile', ...required },
  'transport.parkingAddress': {
    label: '停车场地地址',
    type: 'address',
    hint: '与车辆数量相适应的自有或租用停车场',
    minLength: 6,
    maxLength: 100,
    ...required,
  },
  'vehicle.plateNumber': {
    label: '车牌号',
    type: 'text',
    hint: '如：云C12345',
    minLength: 7,
    maxLength: 8,
    ...required,
  },
  'vehicle.vin': {
    label: '车辆识别代号（VIN）',
    type: 'text',
    hint: '行驶证上的17位代号',
    minLength: 17,
    maxLength: 17,
    ...required,
  },
  'vehicle.type': {
    label: '车辆类型',
    type: 'select',
    options: options(
      ['heavy_van', '重型厢式货车'],
      ['heavy_truck', '重型普通货车'],
      ['heavy_tractor', '重型半挂牵引车'],
      ['heavy_dump', '重型自卸货车'],
      ['medium_van', '中型厢式货车'],
    ),
    ...required,
  },
  'vehicle.totalMass': {
    label: '车辆总质量',
    type: 'amount',
    unit: '吨',
    min: 0.5,
    max: 100,
    ...required,
  },

  // ── The request itself ─────────────────────────────────────────────────────────────────────────────────
  'request.description': {
    label: '申请事项说明',
    type: 'text',
    hint: '简要写明要办什么、为什么办',
    minLength: 2,
    maxLength: 200,
    required: true,
    remember: false,
  },
} satisfies Record<string, FieldSpec>

export type FieldKey = keyof typeof FIELDS

/**
 * Where fields are grouped on the form, in the order a citizen expects them. `sensitive`: the section holds
 * sensitive personal information (个人信息保护法 第28条) — a child's data, a bank account — so a form with it
 * needs the citizen's separate consent first (`Form.sensitiveKinds`).
 */
export const SECTIONS = {
  applicant: { title: '申请人' },
  otherParent: { title: '孩子的另一方家长' },
  newborn: {
    title: '新生儿',
    sensitive: 'minor',
    hint: '在云南省内医院出生的，性别、出生时间和地点由接生医院的出生信息核验，不用填写。',
  },
  settle: { title: '户口登记' },
  card: { title: '社保卡' },
  company: { title: '企业信息' },
  legalRep: { title: '法定代表人', hint: '网上开办企业由法定代表人本人登录申请。' },
  contact: { title: '企业联络员' },
  transport: { title: '道路运输经营' },
  vehicle: { title: '车辆信息' },
  bank: { title: '收款账户', sensitive: 'bankAccount' },
  request: { title: '申请事项' },
  delivery: { title: '结果领取' },
} as const satisfies Record<string, { title: string; hint?: string; sensitive?: SensitiveKind }>

export type SectionId = keyof typeof SECTIONS
