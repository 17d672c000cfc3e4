/**
 * A small 新生儿出生一件事 in the shapes the platform uses (a follow-up question, a conditional item, a
 * refused combination, materials shared between items, one of them asked more strictly by one item), for
 * the tests of the situation rules and of the guide feature. Only tests import it, so it is never bundled.
 */
import type { Bundle, BundleMember, Material } from '../../api/catalog'

export const yesNo = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]

const idCard: Material = {
  id: 'm-id-card',
  name: '父母双方居民身份证',
  form: 'original',
  copies: 1,
  licenseType: 'id_card',
  commitmentAllowed: false,
}
export const hukou: Material = {
  id: 'm-household-register',
  name: '居民户口簿',
  form: 'original',
  copies: 1,
  licenseType: 'household_register',
  commitmentAllowed: false,
}
export const marriage: Material = {
  id: 'm-marriage-certificate',
  name: '父母结婚证',
  form: 'copy',
  copies: 1,
  requiredIf: { question: 'married', in: ['yes'] },
  toleranceDays: 10,
  commitmentAllowed: false,
}
const birthProof: Material = {
  id: 'm-birth-proof',
  name: '住院分娩证明',
  form: 'original',
  copies: 1,
  commitmentAllowed: true,
}
const paternity: Material = {
  id: 'm-paternity',
  name: '亲子鉴定证明',
  form: 'original',
  copies: 1,
  requiredIf: { question: 'married', in: ['no'] },
  commitmentAllowed: false,
}

export function member(
  itemId: string,
  name: string,
  materials: Material[],
  extra: Partial<BundleMember> = {},
) {
  return {
    itemId,
    name,
    department: '昭通市卫生健康委员会',
    committedWorkingDays: 5,
    fee: { amountYuan: 0, description: '不收费' },
    visits: 0,
    materials,
    ...extra,
  } satisfies BundleMember
}

export const newbornBundle: Bundle = {
  id: 'b-newborn',
  kind: 'bundle',
  name: '新生儿出生一件事',
  aliases: ['生娃', '上户口'],
  department: '昭通市卫生健康委员会',
  summary: '出生医学证明、户口登记、医保参保、社保卡申领一次办。',
  items: [
    member('i-birth-certificate', '出生医学证明签发', [idCard, birthProof, marriage]),
    member(
      'i-birth-registration',
      '出生登记',
      [{ ...idCard, form: 'original_and_copy', copies: 2 }, hukou, marriage, paternity],
      {
        department: '昭通市公安局',
        committedWorkingDays: 10,
      },
    ),
    member('i-social-card-apply', '社会保障卡申领', [hukou], {
      department: '昭通市人力资源和社会保障局',
      appliesIf: { question: 'socialCard', in: ['yes'] },
      fee: { amountYuan: 20, description: '制卡工本费' },
    }),
  ],
  questions: [
    { id: 'married', text: '孩子的父母是否已登记结婚？', options: yesNo },
    {
      id: 'hukouWith',
      text: '孩子户口随父亲还是母亲？',
      hint: '随哪一方，就在哪一方的户口所在地办理。',
      options: [
        { value: 'father', label: '随父亲' },
        { value: 'mother', label: '随母亲' },
      ],
      showIf: { question: 'married', in: ['yes'] },
    },
    { id: 'socialCard', text: '是否同时为孩子申领社保卡？', options: yesNo },
  ],
  constraints: [
    {
      when: {
        all: [
          { question: 'married', in: ['no'] },
          { question: 'socialCard', in: ['yes'] },
        ],
      },
      question: 'socialCard',
      message: '父母未登记结婚的，请先办好出生登记，再申领社保卡',
    },
  ],
  notes: [{ when: { question: 'hukouWith', in: ['father'] }, text: '随父落户的，带父亲的户口簿' }],
  committedWorkingDays: 5,
  visits: 1,
  online: true,
  halls: [{ hallId: 'hall-city', name: '昭通市民之家' }],
  formId: 'b-newborn',
  hot: 900,
}
