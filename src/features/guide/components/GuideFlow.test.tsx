import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { Bundle, GuideResult, SituationAnswers } from '@contract/api/catalog'
import { evaluateSituation, targetFromBundle } from '@contract/rules/situations'
import { openRoute } from '@/shared/platform/navigation'
import { setHttpTransport, type HttpRequest } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { ROUTES, withQuery } from '@/shared/routes'
import { newbornBundle } from '@contract/rules/testing/newbornBundle'
import { GuideFlow } from './GuideFlow'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'

jest.mock('@/shared/platform/navigation', () => ({
  ...jest.requireActual('@/shared/platform/navigation'),
  openRoute: jest.fn(),
}))

setStorageBackend(createMemoryStorage())

const target = targetFromBundle(newbornBundle)
const CITY_HALL = {
  id: 'hall-city',
  name: '昭通市民之家',
  county: '昭阳区',
  level: 'city',
  address: '北部新区',
  location: { latitude: 27.35, longitude: 103.72 },
  phone: '0870-2150000',
  regularHours: [{ start: '09:00', end: '17:00' }],
  offHours: { lunch: null, evening: null, weekend: [], holiday: [] },
  cancelCutoffMinutes: 60,
}

/** The platform as the contract defines it, serving the fixture; `evaluate` may be overridden per test. */
let evaluate: (answers: SituationAnswers) => { status: number; body: unknown }
let evaluated: SituationAnswers[]
/** The bundle GET /bundles/b-newborn serves; a test may swap in a variant. */
let served: Bundle

beforeEach(() => {
  evaluated = []
  served = newbornBundle
  evaluate = (answers) => {
    const evaluation = evaluateSituation(target, answers)
    return evaluation.ok
      ? { status: 200, body: evaluation.result }
      : {
          status: 422,
          body: { code: 'VALIDATION_FAILED', message: '回答有误', details: { fields: evaluation.errors } },
        }
  }
  setHttpTransport(async (request: HttpRequest) => {
    const path = request.url.replace('/api/v1', '')
    const json = (status: number, body: unknown) => ({ status, text: JSON.stringify(body) })
    if (path === '/bundles/b-newborn') return json(200, served)
    if (path === '/halls') return json(200, { items: [CITY_HALL] })
    if (path === '/guide/evaluate') {
      const { answers } = request.body as { answers: SituationAnswers }
      evaluated.push(answers)
      const { status, body } = evaluate(answers)
      return json(status, body)
    }
    const item = /^\/items\/(.+)$/.exec(path)?.[1]
    const member = newbornBundle.items.find((m) => m.itemId === item)
    if (member) return json(200, itemGuideOf(member.itemId, member.name))
    return json(404, { code: 'NOT_FOUND', message: '没有找到' })
  })
})

function itemGuideOf(id: string, name: string) {
  return {
    id,
    kind: 'item',
    code: '530600-QR-01-0000001',
    name,
    aliases: [],
    department: '昭通市公安局',
    level: 'city',
    itemType: '行政确认',
    summary: '',
    conditions: [],
    committedWorkingDays: 5,
    statutoryWorkingDays: 20,
    fee: { amountYuan: 0, description: '不收费' },
    visits: 1,
    online: true,
    halls: [{ hallId: 'hall-city', name: '昭通市民之家' }],
    materials: [],
    questions: [],
    constraints: [],
    notes: [],
    faq: [],
    hot: 1,
  }
}

function renderFlow() {
  renderWithQueries(<GuideFlow targetId="b-newborn" />)
}

const tap = (name: string | RegExp) =>
  act(() => void fireEvent.click(screen.getAllByText(name).at(-1) as HTMLElement))
const heading = () => screen.getAllByRole('heading', { level: 1 })[0]?.textContent
const radio = (label: string) => screen.getByRole('radio', { name: label })

async function start() {
  renderFlow()
  await screen.findByText('新生儿出生一件事')
  tap('开始回答')
}

/** Not married, no social security card: the shortest path to the checklist. */
async function answerNoToBothAndConfirm() {
  await start()
  for (const choice of ['否', '否']) {
    tap(choice)
    tap('继续')
  }
  tap('确认，查看我的办事清单')
}

describe('GuideFlow', () => {
  it('introduces the 一件事 with its items and its promise before asking anything', async () => {
    renderFlow()
    expect(await screen.findByText('新生儿出生一件事')).toBeTruthy()
    expect(screen.getByText(/3 个事项合并办理，5 个工作日内办结（分开办合计约 20 个工作日）/)).toBeTruthy()
    for (const member of newbornBundle.items) expect(screen.getByText(member.name)).toBeTruthy()
    expect(screen.getByText(/回答 2～3 个问题/)).toBeTruthy()
    expect(screen.queryByRole('radio')).toBeNull()
  })

  it('does not promise 全程网办 before the answers when an item that may apply needs a trip', async () => {
    served = {
      ...newbornBundle,
      visits: 0,
      items: newbornBundle.items.map((m) => (m.itemId === 'i-social-card-apply' ? { ...m, visits: 1 } : m)),
    }
    renderFlow()
    expect(await screen.findByText('最多跑 1 次')).toBeTruthy()
    expect(screen.queryByText('全程网办，不用跑')).toBeNull()
  })

  it('asks one question at a time; 返回 keeps the answer; a changed answer skips the follow-up', async () => {
    await start()
    expect(heading()).toBe('孩子的父母是否已登记结婚？')
    // Married parents are asked one more question: until that answer, the total is the most there can be.
    expect(screen.getByText('新生儿出生一件事 · 第 1 题，最多 3 题')).toBeTruthy()
    expect(screen.getAllByRole('radio')).toHaveLength(2)

    tap('继续')
    expect(screen.getByRole('alert').textContent).toContain('请选择一项')

    act(() => void fireEvent.keyDown(radio('否'), { key: ' ' }))
    expect(radio('否').getAttribute('aria-checked')).toBe('true')
    tap('是')
    expect(radio('是').getAttribute('aria-checked')).toBe('true')
    expect(radio('否').getAttribute('aria-checked')).toBe('false')
    expect(screen.queryByRole('alert')).toBeNull()
    tap('继续')
    expect(heading()).toBe('孩子户口随父亲还是母亲？')
    expect(screen.getByText('随哪一方，就在哪一方的户口所在地办理。')).toBeTruthy()
    tap('随父亲')
    tap('继续')
    expect(heading()).toBe('是否同时为孩子申领社保卡？')
    expect(screen.getByText(/第 3 题，共 3 题/)).toBeTruthy()

    tap('‹ 返回')
    expect(heading()).toBe('孩子户口随父亲还是母亲？')
    expect(radio('随父亲').getAttribute('aria-checked')).toBe('true')
    tap('‹ 返回')
    expect(radio('是').getAttribute('aria-checked')).toBe('true')
    tap('否')
    tap('继续')
    expect(heading()).toBe('是否同时为孩子申领社保卡？')
    expect(screen.getByText(/第 2 题，共 2 题/)).toBeTruthy()
    tap('否')
    tap('继续')

    expect(heading()).toBe('核对您的回答')
    const rows = screen.getAllByRole('link', { name: /^修改：/ })
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual([
      '修改：孩子的父母是否已登记结婚？',
      '修改：是否同时为孩子申领社保卡？',
    ])
    expect(screen.queryByText('随父亲')).toBeNull()
  })

  it('refuses a contradictory combination on the summary and leads back to the question to fix it', async () => {
    await start()
    for (const choice of ['否', '是']) {
      tap(choice)
      tap('继续')
    }
    expect(heading()).toBe('核对您的回答')
    const summary = screen.getByRole('alert')
    expect(summary.textContent).toContain('父母未登记结婚的，请先办好出生登记，再申领社保卡')
    expect(screen.getByRole('button', { name: '确认，查看我的办事清单' }).getAttribute('aria-disabled')).toBe(
      'true',
    )
    act(() => void fireEvent.click(within(summary).getByRole('link')))
    expect(heading()).toBe('是否同时为孩子申领社保卡？')
    tap('否')
    tap('继续')
    expect(heading()).toBe('核对您的回答')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows the checklist for the answers, confirmed by the platform, with booking, sharing and calling', async () => {
    await start()
    for (const choice of ['是', '随父亲', '否']) {
      tap(choice)
      tap('继续')
    }
    tap('确认，查看我的办事清单')
    expect(heading()).toBe('您的办事清单')
    expect(await screen.findByText('已与省政务服务平台核对，清单一致。')).toBeTruthy()
    expect(evaluated).toEqual([{ married: 'yes', hukouWith: 'father', socialCard: 'no' }])

    expect(screen.getByText('要办的事项（2 项）')).toBeTruthy()
    expect(screen.getByText('不用办的事项（1 项）')).toBeTruthy()
    expect(screen.getByText('因为“是否同时为孩子申领社保卡？”您选了“否”。')).toBeTruthy()
    // Shared documents once: the ID card is asked by both items.
    expect(screen.getAllByText('父母双方居民身份证')).toHaveLength(1)
    expect(screen.getByText('材料清单（共 4 项，已去掉重复的）')).toBeTruthy()
    expect(screen.getByText('可容缺（1 项）')).toBeTruthy()
    expect(screen.getByText('电子证照免提交（2 项）')).toBeTruthy()
    expect(screen.getByText('随父落户的，带父亲的户口簿')).toBeTruthy()
    // One trip (the bundle's own figure): what is not an 电子证照 is brought as originals.
    expect(screen.getByText('最多跑 1 次')).toBeTruthy()
    expect(screen.getAllByText('原件 1 份').length).toBeGreaterThan(0)

    act(() => void fireEvent.click(screen.getByRole('button', { name: '在线办理' })))
    expect(openRoute).toHaveBeenLastCalledWith(
      withQuery(ROUTES.apply, {
        targetId: 'b-newborn',
        answers: 'married:yes,hukouWith:father,socialCard:no',
      }),
    )
    act(() => void fireEvent.click(screen.getByRole('button', { name: '预约办理' })))
    expect(openRoute).toHaveBeenLastCalledWith(
      withQuery(ROUTES.appointmentBook, { serviceId: 'i-birth-certificate', hallId: 'hall-city' }),
    )
    expect(await screen.findByRole('button', { name: /昭通市民之家.*0870-2150000.*拨打电话/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: '分享给家人' })).toBeTruthy()
  })

  it('never asks to bring originals on a 全程网办 checklist, and asks to bring them when a trip is needed', async () => {
    served = { ...newbornBundle, visits: 0 }
    const online = targetFromBundle(served)
    evaluate = (answers) => {
      const evaluation = evaluateSituation(online, answers)
      if (!evaluation.ok) throw new Error('unexpected')
      return { status: 200, body: evaluation.result }
    }
    await answerNoToBothAndConfirm()
    expect(await screen.findByText('已与省政务服务平台核对，清单一致。')).toBeTruthy()
    expect(screen.getByText('全程网办，不用跑')).toBeTruthy()
    const checklist = document.querySelector('.checklist')?.textContent ?? ''
    expect(checklist).not.toMatch(/请带齐|原件 \d+ 份|不用带原件/)
    expect(screen.getAllByText('原件的照片或扫描件').length).toBeGreaterThan(0)
  })

  it('still shows the checklist when the platform cannot be reached, and says it is unconfirmed', async () => {
    evaluate = () => ({ status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: '忙' } })
    await answerNoToBothAndConfirm()
    expect(await screen.findByText(/暂时连不上省政务服务平台/)).toBeTruthy()
    expect(screen.getByText('亲子鉴定证明')).toBeTruthy()
    expect(screen.getByText('要办的事项（2 项）')).toBeTruthy()
  })

  it('shows the platform’s checklist when it differs from the device’s (the platform’s guide may be newer)', async () => {
    evaluate = (answers) => {
      const evaluation = evaluateSituation(target, answers)
      if (!evaluation.ok) throw new Error('unexpected')
      const newer: GuideResult = { ...evaluation.result, notes: ['新规：出生登记可全程网办'] }
      return { status: 200, body: newer }
    }
    await answerNoToBothAndConfirm()
    expect(await screen.findByText('已按省政务服务平台最新的办事指南更新清单。')).toBeTruthy()
    await waitFor(() => expect(screen.getByText('新规：出生登记可全程网办')).toBeTruthy())
  })
})
