import type { ChecklistMaterial } from '@contract/api/catalog'
import { evaluateSituation, targetFromBundle } from '@contract/rules/situations'
import {
  bundlePromise,
  groupMaterials,
  hallsText,
  materialFormText,
  materialMarks,
  resultsAgree,
  skippedWithReasons,
  visitsText,
  workingDaysText,
  yuanText,
} from './checklist'
import { newbornBundle } from '@contract/rules/testing/newbornBundle'

const target = targetFromBundle(newbornBundle)

function evaluate(answers: Record<string, string>) {
  const evaluation = evaluateSituation(target, answers)
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors))
  return evaluation.result
}

const material = (overrides: Partial<ChecklistMaterial>): ChecklistMaterial => ({
  id: 'm-x',
  name: '材料',
  form: 'original',
  copies: 1,
  commitmentAllowed: false,
  forItems: ['i-x'],
  ...overrides,
})

describe('groupMaterials', () => {
  it('groups what to bring first and what may stay at home last, each material once', () => {
    const result = evaluate({ married: 'yes', hukouWith: 'father', socialCard: 'yes' })
    const groups = groupMaterials(result.materials, result.visits)
    expect(groups.map((g) => [g.title, g.materials.map((m) => m.name)])).toEqual([
      ['可容缺', ['父母结婚证']],
      ['可告知承诺', ['住院分娩证明']],
      ['电子证照免提交', ['父母双方居民身份证', '居民户口簿']],
    ])
  })

  it('puts each material in the easiest group it qualifies for and leaves out empty groups', () => {
    const groups = groupMaterials(
      [
        material({ id: 'a', name: '必交', toleranceDays: undefined }),
        material({ id: 'b', name: '证照也可承诺', licenseType: 'id_card', commitmentAllowed: true }),
        material({ id: 'c', name: '承诺也可容缺', commitmentAllowed: true, toleranceDays: 5 }),
      ],
      1,
    )
    expect(groups.map((g) => [g.kind, g.materials.map((m) => m.id)])).toEqual([
      ['submit', ['a']],
      ['commitment', ['c']],
      ['license', ['b']],
    ])
  })

  it('asks a 全程网办 citizen to upload, never to bring anything to a hall', () => {
    const materials = [
      material({ id: 'a', name: '必交' }),
      material({ id: 'b', name: '证照', licenseType: 'id_card' }),
    ]
    const inPerson = groupMaterials(materials, 1).map((g) => g.hint)
    expect(inPerson.some((hint) => hint.includes('带'))).toBe(true)
    const online = groupMaterials(materials, 0).map((g) => g.hint)
    expect(online).toEqual([
      '全程网办，不用带到大厅：在网上上传以下材料的照片或扫描件。',
      '平台可调取您的电子证照，登录并实名认证后不用上传。',
    ])
    expect(materialFormText(material({ form: 'original', copies: 1 }), true)).toBe('原件的照片或扫描件')
    expect(materialFormText(material({ form: 'original_and_copy', copies: 2 }), true)).toBe(
      '原件的照片或扫描件',
    )
    expect(materialFormText(material({ form: 'copy', copies: 2 }), true)).toBe('照片或扫描件')
  })
})

describe('material wording', () => {
  it('says the form and number of copies, and every alternative in words', () => {
    expect(materialFormText(material({ form: 'copy', copies: 2 }))).toBe('复印件 2 份')
    expect(materialFormText(material({ form: 'original_and_copy', copies: 1 }))).toBe('原件和复印件 1 份')
    expect(materialFormText(material({ form: 'electronic', copies: 1 }))).toBe('电子材料')
    expect(
      materialMarks(material({ licenseType: 'id_card', toleranceDays: 10, commitmentAllowed: true })),
    ).toEqual(['电子证照免提交', '可容缺，10 个工作日内补交', '可告知承诺'])
    expect(materialMarks(material({}))).toEqual([])
    // Listed under a group, a card does not repeat the group's title; 容缺 still says its days.
    const all = material({ licenseType: 'id_card', toleranceDays: 10, commitmentAllowed: true })
    expect(materialMarks(all, 'license')).toEqual(['可容缺，10 个工作日内补交', '可告知承诺'])
    expect(materialMarks(material({ commitmentAllowed: true }), 'commitment')).toEqual([])
  })

  it('says visits, working days and fees in plain words', () => {
    expect([visitsText(0), visitsText(1), visitsText(2)]).toEqual([
      '全程网办，不用跑',
      '最多跑 1 次',
      '到现场 2 次',
    ])
    expect(visitsText(2, { upTo: true })).toBe('最多到现场 2 次')
    expect([workingDaysText(0), workingDaysText(5)]).toEqual(['即办件，当场办结', '5 个工作日内办结'])
    expect([yuanText(0), yuanText(20), yuanText(12.5)]).toEqual(['不收费', '20 元', '12.50 元'])
  })
})

describe('skippedWithReasons', () => {
  it('explains a skipped item with the answer that left it out', () => {
    const answers = { married: 'no', socialCard: 'no' }
    expect(skippedWithReasons(target, evaluate(answers), answers)).toEqual([
      {
        itemId: 'i-social-card-apply',
        name: '社会保障卡申领',
        reason: '因为“是否同时为孩子申领社保卡？”您选了“否”。',
      },
    ])
  })

  it('lists nothing when every item applies', () => {
    const answers = { married: 'yes', hukouWith: 'mother', socialCard: 'yes' }
    expect(skippedWithReasons(target, evaluate(answers), answers)).toEqual([])
  })
})

describe('bundlePromise', () => {
  it('compares the items one by one with the bundle’s own promise', () => {
    expect(bundlePromise(target)).toEqual({ itemCount: 3, separateWorkingDays: 20, workingDays: 5 })
  })
})

describe('hallsText', () => {
  const hall = (n: number) => ({ hallId: `hall-${n}`, name: `第${n}大厅` })
  it('names up to four halls and summarises more as a count', () => {
    expect(hallsText([hall(1)])).toBe('第1大厅')
    expect(hallsText([1, 2, 3, 4].map(hall))).toBe('第1大厅、第2大厅、第3大厅、第4大厅')
    expect(hallsText([1, 2, 3, 4, 5, 6].map(hall))).toBe('第1大厅、第2大厅、第3大厅等 6 个大厅')
  })
})

describe('resultsAgree', () => {
  const answers = { married: 'yes', hukouWith: 'mother', socialCard: 'yes' }
  it('ignores key order and absent-versus-undefined fields, as a result read back from JSON has them', () => {
    const result = evaluate(answers)
    const fromJson = JSON.parse(JSON.stringify(result)) as typeof result
    const reordered = Object.fromEntries(Object.entries(fromJson).reverse()) as typeof result
    expect(resultsAgree(result, reordered)).toBe(true)
  })

  it('notices any difference in what the citizen is told', () => {
    const result = evaluate(answers)
    expect(resultsAgree(result, { ...result, committedWorkingDays: 6 })).toBe(false)
    expect(resultsAgree(result, { ...result, materials: result.materials.slice(1) })).toBe(false)
    expect(resultsAgree(result, evaluate({ ...answers, socialCard: 'no' }))).toBe(false)
  })
})
