import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import {
  type Bundle,
  BundleSchema,
  CatalogIndexSchema,
  type Condition,
  type ItemGuide,
  ItemGuideSchema,
  type Material,
  type SituationAnswers,
  type SituationQuestion,
} from '../../../types/api/catalog'
import { LICENSE_TYPES } from '../../../types/api/identity'
import {
  evaluateSituation,
  type GuideTarget,
  targetFromBundle,
  targetFromItem,
  visibleQuestions,
} from '../../../types/rules/situations'
import { findHall } from '../halls'
import { conditionRefs } from './define'
import { BUNDLES, catalogIndex, findBundle, findItem, ITEMS } from '.'

const NAMED_ITEMS: Record<string, string> = {
  'i-birth-registration': '出生登记',
  'i-birth-certificate': '出生医学证明签发',
  'i-resident-medical-insurance': '城乡居民基本医疗保险参保登记',
  'i-social-card-apply': '社会保障卡申领',
  'i-social-card-loss': '社会保障卡挂失',
  'i-disability-card': '残疾人证新办',
  'i-driving-licence-renewal': '机动车驾驶证期满换证',
  'i-driving-licence-replacement': '机动车驾驶证遗失补证',
  'i-freight-driver-exam': '经营性道路货物运输驾驶员从业资格证考试申请',
  'i-freight-transport-permit': '道路货物运输经营许可',
  'i-property-transfer': '不动产转移登记',
  'i-id-card-renewal': '居民身份证换领',
  'i-id-card-replacement': '居民身份证补领',
  'i-passport': '普通护照签发',
  'i-hk-macau-permit': '往来港澳通行证签发',
  'i-no-criminal-record': '无犯罪记录证明开具',
  'i-housing-fund-withdrawal': '住房公积金提取',
  'i-unemployment-benefit': '失业保险金申领',
  'i-offsite-medical-filing': '异地就医备案',
  'i-medical-reimbursement': '医疗费用手工(零星)报销',
  'i-residence-permit': '居住证申领',
  'i-construction-permit': '建筑工程施工许可证核发',
  'i-food-business-licence': '食品经营许可',
  'i-sole-proprietor-registration': '个体工商户设立登记',
  'i-marriage-registration': '结婚登记',
  'i-elderly-allowance': '高龄津贴申领',
}

const BUNDLE_NAMES = [
  '企业信息变更一件事',
  '开办运输企业一件事',
  '开办餐饮店一件事',
  '企业破产信息核查一件事',
  '企业上市合法合规信息核查一件事',
  '新生儿出生一件事',
  '教育入学一件事',
  '社会保障卡居民服务一件事',
  '残疾人服务一件事',
  '退休一件事',
  '二手房转移登记及水电气网联动过户一件事',
  '军人退役一件事',
  '身后一件事',
  '信用修复一件事',
  '开办个体工商户一件事',
  '开办养老机构一件事',
  '水电气网联合报装一件事',
  '申请公租房一件事',
  '就医费用报销一件事',
  '户口迁移一件事',
  '灵活就业一件事',
  '开办道路货运企业一件事',
  '返乡创业一件事',
]

const TARGETS: GuideTarget[] = [...ITEMS.map(targetFromItem), ...BUNDLES.map(targetFromBundle)]

/** Every condition a target holds, with where it sits (for the failure message). */
function conditionsOf(target: GuideTarget): { where: string; condition: Condition; before?: number }[] {
  const found: { where: string; condition: Condition; before?: number }[] = []
  target.questions.forEach((q, index) => {
    if (q.showIf) found.push({ where: `showIf of ${q.id}`, condition: q.showIf, before: index })
  })
  for (const c of target.constraints) found.push({ where: `constraint on ${c.question}`, condition: c.when })
  for (const n of target.notes) found.push({ where: `note "${n.text.slice(0, 12)}…"`, condition: n.when })
  for (const member of target.members) {
    if (member.appliesIf) found.push({ where: `appliesIf of ${member.itemId}`, condition: member.appliesIf })
    for (const mat of member.materials) {
      if (mat.requiredIf) found.push({ where: `${member.itemId} ${mat.id}`, condition: mat.requiredIf })
    }
  }
  return found
}

/** Every answer combination a citizen can give: each visible question answered with each of its options. */
function answerCombinations(questions: SituationQuestion[]): SituationAnswers[] {
  const complete: SituationAnswers[] = []
  const walk = (answers: SituationAnswers) => {
    const { questions: shown } = visibleQuestions(questions, answers)
    const next = shown.find((q) => answers[q.id] === undefined)
    if (!next) {
      complete.push(answers)
      return
    }
    for (const option of next.options) walk({ ...answers, [next.id]: option.value })
  }
  walk({})
  return complete
}

describe('catalog contents', () => {
  it('has at least 300 items, all 26 named items and all 23 bundles under their exact names', () => {
    assert.ok(ITEMS.length >= 300, `${ITEMS.length} items`)
    for (const [id, name] of Object.entries(NAMED_ITEMS)) assert.equal(findItem(id)?.name, name, id)
    assert.deepEqual(BUNDLES.map((b) => b.name).sort(), [...BUNDLE_NAMES].sort())
    assert.equal(findBundle('b-newborn')?.name, '新生儿出生一件事')
    assert.equal(findBundle('b-freight-company')?.name, '开办道路货运企业一件事')
    for (const bundle of BUNDLES) assert.match(bundle.id, /^b-[a-z0-9-]+$/)
  })

  it('parses with the contract schemas', () => {
    for (const item of ITEMS) assert.ok(v.is(ItemGuideSchema, item), item.id)
    for (const bundle of BUNDLES) assert.ok(v.is(BundleSchema, bundle), bundle.id)
    assert.ok(v.is(CatalogIndexSchema, catalogIndex()))
  })

  it('has no duplicate ids, names or 事项编码, and the index lists every item and bundle', () => {
    const entries = catalogIndex().entries
    assert.equal(new Set(entries.map((e) => e.id)).size, entries.length)
    assert.equal(new Set(entries.map((e) => e.name)).size, entries.length)
    assert.equal(new Set(ITEMS.map((i) => i.code)).size, ITEMS.length)
    assert.equal(entries.length, ITEMS.length + BUNDLES.length)
    for (const entry of entries) {
      const target: ItemGuide | Bundle | undefined =
        entry.kind === 'item' ? findItem(entry.id) : findBundle(entry.id)
      assert.ok(target, entry.id)
      assert.equal(entry.name, target.name)
      assert.deepEqual(entry.aliases, target.aliases)
      assert.ok(entry.tags.length > 0, `${entry.id} has tags`)
      assert.ok(entry.hot > 0, `${entry.id} has a 热度`)
    }
  })

  it('gives every named item and bundle many ways of saying it, and every item at least two', () => {
    for (const id of [...Object.keys(NAMED_ITEMS), ...BUNDLES.map((b) => b.id)]) {
      const entry = catalogIndex().entries.find((e) => e.id === id)
      assert.ok(entry && entry.aliases.length >= 8, `${id}: ${entry?.aliases.length} aliases`)
    }
    for (const item of ITEMS)
      assert.ok(item.aliases.length >= 2, `${item.id}: ${item.aliases.length} aliases`)
  })

  it('keeps the version stable for the same data', () => {
    assert.equal(catalogIndex().version, catalogIndex().version)
    assert.match(catalogIndex().version, /^[\w-]{16}$/)
  })
})

describe('catalog consistency', () => {
  it('names the same material the same way everywhere, with known 电子证照 types', () => {
    const names = new Map<string, string>()
    const all: Material[] = [
      ...ITEMS.flatMap((i) => i.materials),
      ...BUNDLES.flatMap((b) => b.items.flatMap((m) => m.materials)),
    ]
    for (const mat of all) {
      assert.match(mat.id, /^m-/)
      assert.equal(names.get(mat.id) ?? mat.name, mat.name, mat.id)
      names.set(mat.id, mat.name)
      if (mat.licenseType) assert.ok(mat.licenseType in LICENSE_TYPES, `${mat.id}: ${mat.licenseType}`)
    }
    assert.equal(names.get('m-id-card'), '居民身份证')
    const licensed = new Map(all.filter((m) => m.licenseType).map((m) => [m.id, m.licenseType]))
    assert.deepEqual(Object.fromEntries([...licensed].sort()), {
      'm-business-license': 'business_license',
      'm-driving-license': 'driving_license',
      'm-household-register': 'household_register',
      'm-id-card': 'id_card',
      'm-marriage-certificate': 'marriage_certificate',
    })
  })

  it('refers only to halls that exist, by their current names', () => {
    for (const target of [...ITEMS, ...BUNDLES]) {
      assert.ok(target.halls.length > 0, `${target.id} has halls`)
      for (const ref of target.halls)
        assert.equal(findHall(ref.hallId)?.name, ref.name, `${target.id} ${ref.hallId}`)
    }
  })

  it('keeps days, trips and modes coherent', () => {
    for (const item of ITEMS) {
      assert.ok(item.committedWorkingDays <= item.statutoryWorkingDays, `${item.id}: 承诺 ≤ 法定`)
      if (item.visits === 0) assert.ok(item.online, `${item.id}: 全程网办 is online`)
      assert.ok(item.fee.description.length > 0, item.id)
    }
    for (const bundle of BUNDLES) {
      assert.equal(bundle.formId, bundle.id)
      assert.ok(bundle.questions.length >= 2 && bundle.questions.length <= 5, `${bundle.id}: 2–5 questions`)
      const sum = bundle.items.reduce((days, member) => days + member.committedWorkingDays, 0)
      assert.ok(bundle.committedWorkingDays <= sum, `${bundle.id}: ${bundle.committedWorkingDays} > ${sum}`)
    }
  })

  it('builds every bundle member from an existing item, with that item’s documents', () => {
    for (const bundle of BUNDLES) {
      assert.equal(new Set(bundle.items.map((m) => m.itemId)).size, bundle.items.length, bundle.id)
      for (const member of bundle.items) {
        const item = findItem(member.itemId)
        assert.ok(item, `${bundle.id}: ${member.itemId}`)
        assert.equal(member.name, item.name)
        assert.equal(member.department, item.department)
        assert.equal(member.committedWorkingDays, item.committedWorkingDays)
        assert.equal(member.visits, item.visits)
        const itemMaterials = new Set(item.materials.map((m) => m.id))
        for (const mat of member.materials)
          assert.ok(itemMaterials.has(mat.id), `${bundle.id} ${member.itemId} ${mat.id}`)
      }
    }
  })

  it('writes every condition against existing questions and options; showIf only looks back', () => {
    for (const target of TARGETS) {
      const ids = target.questions.map((q) => q.id)
      assert.equal(new Set(ids).size, ids.length, `${target.id}: question ids unique`)
      for (const { where, condition, before } of conditionsOf(target)) {
        for (const ref of conditionRefs(condition)) {
          const index = ids.indexOf(ref.question)
          assert.ok(index >= 0, `${target.id} ${where}: no question ${ref.question}`)
          if (before !== undefined)
            assert.ok(index < before, `${target.id} ${where}: refers forward to ${ref.question}`)
          const options = target.questions[index].options.map((o) => o.value)
          for (const value of ref.values)
            assert.ok(options.includes(value), `${target.id} ${where}: ${ref.question}=${value}`)
        }
      }
      for (const constraint of target.constraints) {
        assert.ok(
          ids.includes(constraint.question),
          `${target.id}: constraint reported on ${constraint.question}`,
        )
      }
    }
  })
})

describe('every answer combination', () => {
  for (const target of TARGETS.filter((t) => t.questions.length > 0)) {
    it(`${target.id} either gives a checklist or refuses with a message`, () => {
      const combinations = answerCombinations(target.questions)
      const constraintMessages = new Set(target.constraints.map((c) => c.message))
      const included = new Set<string>()
      const neededMaterials = new Set<string>()
      const shownNotes = new Set<string>()
      let accepted = 0
      for (const answers of combinations) {
        const evaluation = evaluateSituation(target, answers)
        if (!evaluation.ok) {
          const messages = Object.values(evaluation.errors)
          assert.ok(messages.length > 0)
          for (const message of messages) {
            assert.ok(constraintMessages.has(message), `${target.id} ${JSON.stringify(answers)}: ${message}`)
          }
          continue
        }
        accepted++
        const { result } = evaluation
        assert.ok(result.items.length > 0, `${target.id} ${JSON.stringify(answers)}: nothing to do`)
        assert.equal(result.items.length + result.skippedItems.length, target.members.length)
        for (const item of result.items) {
          included.add(item.itemId)
          // 全程网办 (0) only when nothing on the checklist has to be done in person.
          const visits = findItem(item.itemId)?.visits ?? 0
          assert.ok(
            result.visits >= visits,
            `${target.id} ${JSON.stringify(answers)}: ${item.itemId} needs a trip`,
          )
        }
        for (const mat of result.materials)
          for (const itemId of mat.forItems) neededMaterials.add(`${itemId} ${mat.id}`)
        for (const note of result.notes) shownNotes.add(note)
      }
      assert.ok(accepted > 0, `${target.id}: no combination is accepted`)
      for (const member of target.members) {
        assert.ok(included.has(member.itemId), `${target.id}: ${member.itemId} never applies`)
        for (const mat of member.materials) {
          assert.ok(
            neededMaterials.has(`${member.itemId} ${mat.id}`),
            `${target.id}: ${member.itemId} never needs ${mat.id}`,
          )
        }
      }
      for (const note of target.notes)
        assert.ok(shownNotes.has(note.text), `${target.id}: note never shown: ${note.text}`)
    })
  }

  it('asks the 新生儿出生 questions the issue names and can include every member at once', () => {
    const newborn = findBundle('b-newborn')
    assert.ok(newborn)
    const texts = newborn.questions.map((q) => q.text).join(' ')
    for (const topic of ['结婚', '省内', '社保卡', '随父亲还是随母亲'])
      assert.ok(texts.includes(topic), topic)
    const everything = evaluateSituation(targetFromBundle(newborn), {
      child_age: 'under1',
      born_in_province: 'yes',
      parents_married: 'yes',
      settle_with: 'mother',
      social_card: 'yes',
    })
    assert.ok(everything.ok)
    assert.equal(everything.result.items.length, newborn.items.length)
  })

  it('charges nothing for 新生儿出生一件事, whatever the answers: the 医保 contribution is not a fee', () => {
    const newborn = findBundle('b-newborn')
    assert.ok(newborn)
    for (const answers of answerCombinations(newborn.questions)) {
      const evaluation = evaluateSituation(targetFromBundle(newborn), answers)
      if (!evaluation.ok) continue
      assert.equal(evaluation.result.feeYuan, 0, JSON.stringify(evaluation.result.fees))
    }
    const insurance = findItem('i-resident-medical-insurance')
    assert.equal(insurance?.fee.amountYuan, 0)
    assert.match(insurance?.fee.description ?? '', /不收费/)
  })

  it('merges 开办道路货运企业 into 3 items of 市场监管 and 交通运输, 4 working days', () => {
    const freight = findBundle('b-freight-company')
    assert.ok(freight)
    assert.equal(freight.items.length, 3)
    assert.deepEqual(
      [...new Set(freight.items.map((m) => m.department))].sort(),
      ['昭通市交通运输局', '昭通市市场监督管理局'].sort(),
    )
    assert.equal(freight.committedWorkingDays, 4)
  })
})
