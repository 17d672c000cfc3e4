import type { Condition, Material } from '../../../types/api/catalog'
import type { SensitiveKind } from '../../../types/api/forms'
import type { KnownLicenseType } from '../../../types/api/identity'

/**
 * The one materials library of the catalog. Every item asks for documents by these global ids, so the same
 * document has the same id and name everywhere and a 一件事 checklist lists it once. An entry holds what is
 * true of the document itself (电子证照 that replaces it, whether 告知承诺 may replace it, 容缺 days when the
 * rules usually allow them); an item may tighten or relax that where its own rules differ.
 */
interface LibraryMaterial {
  name: string
  /** Default: original. */
  form?: Material['form']
  /** Default: 1. */
  copies?: number
  licenseType?: KnownLicenseType
  toleranceDays?: number
  /** Default: false. */
  commitmentAllowed?: boolean
  note?: string
  /**
   * The sensitive personal information the document carries (个人信息保护法 第28条): a child's data, an identity
   * document's image (a portrait), a bank account, health data. An application asking for it needs the
   * citizen's separate consent first (`Form.sensitiveKinds`).
   */
  sensitive?: readonly SensitiveKind[]
}

const lib = <T extends Record<string, LibraryMaterial>>(entries: T) => entries

export const MATERIAL_LIBRARY = lib({
  // ── People and families ────────────────────────────────────────────────────────────────────────────────
  'm-id-card': { name: '居民身份证', sensitive: ['idPhoto'], licenseType: 'id_card' },
  'm-household-register': { name: '居民户口簿', licenseType: 'household_register' },
  'm-marriage-certificate': { name: '结婚证', licenseType: 'marriage_certificate' },
  'm-driving-license': { name: '机动车驾驶证', sensitive: ['idPhoto'], licenseType: 'driving_license' },
  'm-business-license': { name: '营业执照', licenseType: 'business_license' },
  'm-parents-id-cards': {
    name: '父母双方居民身份证',
    sensitive: ['idPhoto'],
    note: '一方不能到场的，带上其身份证原件即可',
  },
  'm-agent-id-card': { name: '代办人居民身份证', sensitive: ['idPhoto'], note: '由他人代办时提供' },
  'm-power-of-attorney': { name: '授权委托书', note: '由他人代办时提供，写明委托事项并由本人签名' },
  'm-guardian-proof': {
    name: '监护关系证明',
    sensitive: ['minor'],
    commitmentAllowed: true,
    note: '户口簿能体现监护关系的免交；无法证明的可签署告知承诺书',
  },
  'm-kinship-proof': {
    name: '亲属关系证明',
    commitmentAllowed: true,
    note: '户口簿能体现亲属关系的免交；否则可签署告知承诺书，由部门核验',
  },
  'm-paternity-test': {
    name: '亲子鉴定证明',
    sensitive: ['minor', 'health'],
    note: '具有资质的司法鉴定机构出具',
  },
  'm-photo-1inch': { name: '近期一寸免冠彩色证件照', sensitive: ['idPhoto'], copies: 2 },
  'm-photo-2inch': { name: '近期二寸免冠彩色证件照', sensitive: ['idPhoto'], copies: 2 },
  'm-digital-photo-receipt': {
    name: '数码相片回执',
    sensitive: ['idPhoto'],
    note: '照相馆拍摄后取得；也可在办证大厅现场免费拍摄',
  },
  'm-residence-permit': { name: '居住证', sensitive: ['idPhoto'] },
  'm-residence-proof': {
    name: '居住证明（房屋产权证明或租赁合同）',
    form: 'copy',
    commitmentAllowed: true,
    note: '可签署告知承诺书，由部门核验住所信息',
  },
  'm-lease-contract': {
    name: '房屋租赁合同',
    form: 'copy',
    toleranceDays: 5,
    commitmentAllowed: true,
  },
  'm-migration-certificate': { name: '户口迁移证或准予迁入证明' },
  'm-birth-medical-certificate': { name: '出生医学证明', sensitive: ['minor', 'health'] },
  'm-vaccination-certificate': { name: '预防接种证', sensitive: ['minor', 'health'] },
  'm-death-medical-certificate': { name: '居民死亡医学证明（推断）书', sensitive: ['health'] },
  'm-cremation-certificate': { name: '遗体火化证明' },
  'm-deceased-id-card': {
    name: '逝者居民身份证',
    sensitive: ['idPhoto'],
    note: '遗失的可不提供，由公安部门核验',
  },
  'm-inheritance-proof': {
    name: '继承权证明材料（继承公证书、生效判决书或全体继承人的继承协议）',
  },
  'm-divorce-certificate': { name: '离婚证或离婚判决书' },
  'm-couple-photo': {
    name: '双方近期二寸半身免冠合影照片',
    sensitive: ['idPhoto'],
    copies: 3,
    note: '也可在婚姻登记处现场拍摄',
  },
  'm-single-declaration': {
    name: '无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明',
    note: '在登记员面前现场签署',
  },

  // ── Work, social insurance and health ──────────────────────────────────────────────────────────────────
  'm-social-card': { name: '社会保障卡', sensitive: ['idPhoto'] },
  'm-bank-account': {
    name: '本人银行账户信息（银行卡或存折）',
    sensitive: ['bankAccount'],
    form: 'copy',
    note: '已有社保卡金融账户的可直接使用，无需另行提供',
  },
  'm-labor-contract': { name: '劳动合同', form: 'copy', commitmentAllowed: true },
  'm-termination-proof': {
    name: '解除或终止劳动合同的证明',
    commitmentAllowed: true,
    note: '单位已通过系统报送的免交',
  },
  'm-retirement-approval': { name: '退休审批表或退休证' },
  'm-personnel-file': { name: '个人人事档案', note: '由档案保管单位移交，本人无需携带' },
  'm-medical-invoices': { name: '医疗费用发票（含电子票据）', sensitive: ['health'] },
  'm-expense-list': { name: '费用明细清单', sensitive: ['health'] },
  'm-discharge-summary': { name: '出院记录（出院小结）', sensitive: ['health'], form: 'copy' },
  'm-diagnosis-certificate': { name: '诊断证明书', sensitive: ['health'] },
  'm-referral-proof': {
    name: '转诊转院证明',
    sensitive: ['health'],
    commitmentAllowed: true,
    note: '急诊抢救的可凭急诊病历代替',
  },
  'm-offsite-residence-proof': {
    name: '异地长期居住证明（居住证或居住声明）',
    commitmentAllowed: true,
    note: '可签署《异地长期居住告知承诺书》代替',
  },
  'm-offsite-work-proof': {
    name: '异地工作证明（劳动合同或单位派驻证明）',
    form: 'copy',
    commitmentAllowed: true,
  },
  'm-work-ability-appraisal': {
    name: '劳动能力鉴定结论书',
    sensitive: ['health'],
    note: '因病或非因工致残申请提前退休时需要',
  },
  'm-special-job-proof': {
    name: '特殊工种从业经历材料',
    form: 'copy',
    note: '原始招工、调动、工资等档案记载，由单位协助提供',
  },
  'm-disability-assessment': {
    name: '残疾评定表',
    sensitive: ['health'],
    note: '在指定的评残医院评定后取得，评定结果由医院上传的免交',
  },
  'm-disability-card': {
    name: '残疾人证',
    sensitive: ['idPhoto', 'health'],
    note: '第三代残疾人证信息可联网核验',
  },
  'm-driver-health-certificate': {
    name: '机动车驾驶人身体条件证明',
    sensitive: ['health'],
    form: 'electronic',
    note: '在县级或部队团级以上医疗机构体检，医院联网上传的免交纸质证明',
  },
  'm-pension-certificate': { name: '基本养老金领取证明', form: 'copy', commitmentAllowed: true },
  'm-low-income-certificate': {
    name: '低保证或特困人员救助供养证',
    note: '民政部门数据已共享的免交',
  },

  // ── Travel documents and certificates ──────────────────────────────────────────────────────────────────
  'm-exit-approval': {
    name: '所在单位出具的同意出境意见',
    note: '仅登记备案的国家工作人员需要',
  },
  'm-old-passport': {
    name: '原普通护照',
    sensitive: ['idPhoto'],
    note: '遗失或被盗的不需提供，现场填写报失说明',
  },
  'm-old-hk-macau-permit': { name: '原往来港澳通行证', sensitive: ['idPhoto'] },
  'm-old-id-card': { name: '原居民身份证', sensitive: ['idPhoto'], note: '证件损坏换领时交回旧证' },
  'm-old-driving-license': { name: '原机动车驾驶证', sensitive: ['idPhoto'] },
  'm-old-social-card': {
    name: '原社会保障卡',
    sensitive: ['idPhoto'],
    note: '损坏换卡时交回；遗失的无需提供',
  },
  'm-loss-declaration': {
    name: '证件遗失声明',
    commitmentAllowed: true,
    note: '现场签署遗失说明即可，无需登报',
  },

  // ── Housing and land ───────────────────────────────────────────────────────────────────────────────────
  'm-property-certificate': { name: '不动产权证书（房屋所有权证、土地使用权证）' },
  'm-sale-contract': { name: '存量房买卖合同（网签备案合同）', copies: 2 },
  'm-purchase-contract': { name: '商品房买卖合同或购房发票', form: 'copy' },
  'm-gift-contract': { name: '赠与合同（经公证或现场签订）', copies: 2 },
  'm-mortgage-release': { name: '抵押注销证明', note: '有抵押的需先办理注销或经抵押权人同意' },
  'm-mortgage-contract': { name: '抵押合同及主债权合同' },
  'm-housing-fund-loan-contract': { name: '住房公积金借款合同', form: 'copy' },
  'm-utility-account': {
    name: '水电气网缴费户号或近期缴费单',
    form: 'electronic',
    note: '填写户号即可，也可拍照上传缴费单',
  },
  'm-family-housing-declaration': {
    name: '家庭住房和收入情况声明',
    commitmentAllowed: true,
    note: '住房、收入、车辆、工商等信息由部门联网核查',
  },

  // ── Business ───────────────────────────────────────────────────────────────────────────────────────────
  'm-application-form': { name: '申请表', form: 'electronic', note: '在线填写后自动生成，无需手写' },
  'm-company-registration-form': {
    name: '公司登记（备案）申请书',
    form: 'electronic',
    note: '一表申请，在线填写后自动生成',
  },
  'm-articles-of-association': { name: '公司章程', form: 'electronic' },
  'm-shareholder-ids': {
    name: '股东、法定代表人、董事监事及经理的身份证明',
    sensitive: ['idPhoto'],
    form: 'copy',
  },
  'm-shareholder-resolution': { name: '股东会决议或股东决定', form: 'electronic' },
  'm-premises-proof': {
    name: '住所（经营场所）使用证明',
    form: 'copy',
    commitmentAllowed: true,
    note: '可填写《住所（经营场所）信息申报承诺表》代替产权证明',
  },
  'm-partnership-agreement': { name: '合伙协议', form: 'electronic' },
  'm-charter-draft': { name: '章程草案', form: 'copy' },
  'm-capital-proof': { name: '开办资金或出资证明', form: 'copy', commitmentAllowed: true },
  'm-member-list': { name: '成员名册及成员身份证明', sensitive: ['idPhoto'], form: 'copy' },
  'm-business-plan': { name: '创业项目计划书或经营情况说明', form: 'electronic', commitmentAllowed: true },
  'm-seal-filing': { name: '印章刻制备案信息', form: 'electronic', note: '开办时一并申请，免费刻制' },
  'm-food-premises-layout': {
    name: '与食品经营相适应的主要设备设施布局、操作流程等文件',
    form: 'copy',
    commitmentAllowed: true,
  },
  'm-food-safety-rules': {
    name: '食品安全管理制度文本',
    form: 'electronic',
    commitmentAllowed: true,
    note: '可使用监管部门提供的范本',
  },
  'm-staff-health-certificates': {
    name: '从业人员健康证明',
    sensitive: ['health'],
    form: 'copy',
    toleranceDays: 10,
    commitmentAllowed: false,
    note: '可先受理，在规定期限内补交',
  },
  'm-fire-safety-commitment': {
    name: '公众聚集场所消防安全告知承诺书',
    form: 'electronic',
    note: '在线签署；承诺后可先营业，消防部门事后核查',
  },
  'm-signboard-design': { name: '户外招牌设计效果图及尺寸说明', form: 'copy', commitmentAllowed: true },
  'm-tax-info-confirmation': {
    name: '涉税信息确认表',
    form: 'electronic',
    note: '营业执照信息自动带入，核对后确认',
  },
  'm-credit-repair-commitment': { name: '信用修复承诺书', form: 'electronic' },
  'm-penalty-decision': { name: '行政处罚决定书', form: 'copy' },
  'm-penalty-fulfilled-proof': {
    name: '已履行行政处罚的证明（罚没款缴纳凭证等）',
    form: 'copy',
    note: '缴款信息可联网核验的免交',
  },
  'm-annual-report-proof': { name: '补报的年度报告', form: 'electronic' },
  'm-court-bankruptcy-decision': { name: '人民法院受理破产申请裁定书及指定管理人决定书', form: 'copy' },
  'm-administrator-certificate': { name: '破产管理人身份证明及授权文书', form: 'copy' },
  'm-listing-verification-request': {
    name: '企业上市合法合规信息核查申请函',
    form: 'electronic',
    note: '列明需要核查的期间和主体（含子公司）',
  },

  // ── Transport ──────────────────────────────────────────────────────────────────────────────────────────
  'm-vehicle-licence': { name: '机动车行驶证' },
  'm-vehicle-registration-certificate': { name: '机动车登记证书' },
  'm-vehicle-purchase-invoice': { name: '机动车销售统一发票', note: '电子发票可联网核验' },
  'm-vehicle-conformity-certificate': { name: '车辆出厂合格证明', note: '已联网上传的免交' },
  'm-vehicle-insurance': {
    name: '机动车交通事故责任强制保险凭证',
    form: 'electronic',
    note: '电子保单联网核验，无需打印',
  },
  'm-used-car-invoice': { name: '二手车销售统一发票', note: '在二手车交易市场开具' },
  'm-scrap-vehicle-certificate': { name: '报废机动车回收证明', note: '回收企业出具' },
  'm-vehicle-technical-report': {
    name: '车辆技术等级评定及综合性能检测报告',
    form: 'copy',
    toleranceDays: 10,
    note: '检测机构联网上传的免交',
  },
  'm-freight-driver-certificate': { name: '驾驶员从业资格证', form: 'copy' },
  'm-transport-safety-rules': {
    name: '安全生产管理制度文本',
    form: 'electronic',
    commitmentAllowed: true,
    note: '可使用交通运输部门提供的范本',
  },
  'm-parking-proof': {
    name: '停车场地证明（自有或租赁）',
    form: 'copy',
    commitmentAllowed: true,
  },
  'm-road-transport-permit': { name: '道路运输经营许可证', form: 'copy' },

  // ── Construction ───────────────────────────────────────────────────────────────────────────────────────
  'm-land-use-proof': { name: '建设用地批准文件或不动产权证书', form: 'copy' },
  'm-planning-permit': { name: '建设工程规划许可证', form: 'copy' },
  'm-construction-contract': { name: '中标通知书及施工合同', form: 'copy' },
  'm-supervision-contract': { name: '监理合同', form: 'copy', toleranceDays: 5 },
  'm-drawing-review-certificate': {
    name: '施工图设计文件审查合格书',
    form: 'copy',
    commitmentAllowed: true,
    note: '实行告知承诺的项目可先承诺，施工前补齐',
  },
  'm-quality-safety-measures': {
    name: '保证工程质量和安全的具体措施',
    form: 'copy',
    commitmentAllowed: true,
  },
  'm-funding-commitment': { name: '建设资金已落实承诺书', form: 'electronic' },

  // ── Long-tail documents used by the department tables ─────────────────────────────────────────────────
  'm-qualification-certificates': { name: '专业技术人员资格证书', form: 'copy' },
  'm-site-plan': { name: '场所平面布置图', form: 'copy', commitmentAllowed: true },
  'm-equipment-list': { name: '主要设备设施清单', form: 'copy', commitmentAllowed: true },
  'm-management-rules': { name: '管理制度文本', form: 'electronic', commitmentAllowed: true },
  'm-technical-report': { name: '技术报告或可行性研究报告', form: 'copy' },
  'm-environmental-report': { name: '环境影响报告书（表）', form: 'copy' },
  'm-safety-assessment': { name: '安全评价报告', form: 'copy' },
  'm-project-approval': { name: '项目审批、核准或备案文件', form: 'copy' },
  'm-org-certificate': {
    name: '单位法人证书或统一社会信用代码证明',
    form: 'copy',
    note: '营业执照、事业单位法人证书等，可联网核验的免交',
  },
  'm-student-certificate': { name: '学历证书或学籍证明', form: 'copy', note: '学信网可查的免交' },
  'm-health-check-report': { name: '体检报告', sensitive: ['health'], form: 'copy' },
  'm-training-certificate': { name: '培训合格证明', form: 'copy' },
  'm-income-proof': { name: '收入证明', commitmentAllowed: true },
  'm-veteran-discharge-certificate': { name: '退出现役证（退役证）' },
  'm-veteran-introduction-letter': { name: '退役军人报到介绍信', note: '部队开具' },
  'm-martyr-certificate': { name: '烈士证明书或因公牺牲、病故军人证明书' },
  'm-land-contract-certificate': { name: '农村土地承包经营权证', form: 'copy' },
  'm-village-opinion': {
    name: '村（居）民委员会意见',
    commitmentAllowed: true,
    note: '由乡镇（街道）便民服务中心线上征求，本人无需跑腿',
  },
  'm-water-intake-plan': { name: '取水工程或设施的建设方案', form: 'copy' },
  'm-pollutant-plan': { name: '污染物排放情况说明', form: 'copy', commitmentAllowed: true },
  'm-performance-plan': { name: '演出节目内容及演员名单', form: 'copy' },
  'm-hazard-list': { name: '危险化学品品种、数量及储存条件说明', form: 'copy' },
  'm-emergency-plan': { name: '生产安全事故应急预案', form: 'copy' },
  'm-notarial-materials': { name: '与公证事项有关的证明材料', form: 'copy' },
  'm-legal-aid-form': {
    name: '经济困难状况说明',
    commitmentAllowed: true,
    note: '低保、特困等人员免于核查',
  },
  'm-forest-right-certificate': { name: '林权证或不动产权证书（林地）', form: 'copy' },
  'm-animal-epidemic-report': { name: '动物防疫条件相关材料', form: 'copy' },
})

export type MaterialId = keyof typeof MATERIAL_LIBRARY

/** The sensitive kinds of a library document; [] for an id the library does not have. */
export function sensitiveKindsOf(materialId: string): readonly SensitiveKind[] {
  return Object.prototype.hasOwnProperty.call(MATERIAL_LIBRARY, materialId)
    ? ((MATERIAL_LIBRARY as Record<string, LibraryMaterial>)[materialId]?.sensitive ?? [])
    : []
}

export interface MaterialUse {
  form?: Material['form']
  copies?: number
  requiredIf?: Condition
  toleranceDays?: number
  commitmentAllowed?: boolean
  note?: string
}

/** The library's document as one item asks for it. */
export function material(id: MaterialId, use: MaterialUse = {}): Material {
  const base: LibraryMaterial = MATERIAL_LIBRARY[id]
  const note = use.note ?? base.note
  const toleranceDays = use.toleranceDays ?? base.toleranceDays
  return {
    id,
    name: base.name,
    form: use.form ?? base.form ?? 'original',
    copies: use.copies ?? base.copies ?? 1,
    ...(use.requiredIf ? { requiredIf: use.requiredIf } : {}),
    ...(base.licenseType ? { licenseType: base.licenseType } : {}),
    ...(toleranceDays !== undefined ? { toleranceDays } : {}),
    commitmentAllowed: use.commitmentAllowed ?? base.commitmentAllowed ?? false,
    ...(note ? { note } : {}),
  }
}
