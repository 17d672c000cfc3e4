import type { ChecklistMaterial } from '@contract/api/catalog'
import type { Form, FormField } from '@contract/api/forms'
import type { AutofillSources, License } from '@contract/api/identity'

/** A small 一件事 form with the kinds of fields the real ones have (locked, suggested, typed, conditional). */
const field = (key: string, extra: Partial<FormField>): FormField => ({
  key,
  label: key,
  type: 'text',
  required: true,
  remember: true,
  forItems: ['i-a', 'i-b'],
  ...extra,
})

export const FORM: Form = {
  targetId: 'b-test',
  kind: 'bundle',
  name: '测试一件事',
  items: [
    { itemId: 'i-a', name: '事项甲' },
    { itemId: 'i-b', name: '事项乙' },
  ],
  providesMaterials: ['m-application-form'],
  sections: [
    {
      id: 'applicant',
      title: '申请人',
      fields: [
        field('applicant.name', {
          label: '申请人姓名',
          type: 'name',
          autofill: { path: 'identity.name', lock: true },
        }),
        field('applicant.idNumber', {
          label: '申请人身份证号',
          type: 'idNumber',
          autofill: { path: 'identity.idNumber', lock: true },
        }),
        field('applicant.phone', {
          label: '联系电话',
          type: 'mobile',
          autofill: { path: 'phone', lock: false },
        }),
        field('otherParent.name', { label: '另一方家长姓名', type: 'name' }),
      ],
    },
    {
      id: 'newborn',
      title: '新生儿',
      fields: [
        field('newborn.name', { label: '新生儿姓名', type: 'name', remember: false }),
        field('newborn.birthDate', {
          label: '出生日期',
          type: 'date',
          dateRange: 'past',
          showIf: { question: 'born_in_province', in: ['no'] },
        }),
        field('card.delivery', {
          label: '社保卡领取方式',
          type: 'select',
          options: [
            { value: 'mail', label: '免费邮寄到家' },
            { value: 'window', label: '到网点领取' },
          ],
        }),
      ],
    },
  ],
}

export const ANSWERS = { born_in_province: 'yes' }

export const LICENSES: License[] = [
  {
    id: 'lic-marriage',
    type: 'marriage_certificate',
    name: '结婚证',
    numberMasked: 'J530**********0001',
    issuer: '镇雄县民政局',
    validUntil: null,
    source: '电子证照库',
    verified: true,
  },
]

export const SOURCES: AutofillSources = {
  identity: {
    name: '王建国',
    idNumber: '530627197811050019',
    sex: 'male',
    birthDate: '1978-11-05',
    source: '公安人口库',
    verified: true,
  },
  phone: { value: '13908701111', source: '登录手机号', verified: true },
  licenses: LICENSES,
  addresses: [],
  history: {
    'otherParent.name': {
      value: '刘芳',
      usedAt: '2021-04-12T10:20:00+08:00',
      source: '历史申报',
      verified: false,
    },
  },
}

const material = (id: string, name: string, extra: Partial<ChecklistMaterial> = {}): ChecklistMaterial => ({
  id,
  name,
  form: 'original',
  copies: 1,
  commitmentAllowed: false,
  forItems: ['i-a'],
  ...extra,
})

export const CHECKLIST: ChecklistMaterial[] = [
  material('m-application-form', '申请表', { form: 'electronic' }),
  material('m-marriage-certificate', '结婚证', { licenseType: 'marriage_certificate' }),
  material('m-parents-id-cards', '父母双方居民身份证'),
  material('m-premises-proof', '住所使用证明', { commitmentAllowed: true }),
  material('m-vehicle-report', '车辆检测报告', { toleranceDays: 10 }),
]

export const NOW = new Date('2026-03-02T10:00:00+08:00')
