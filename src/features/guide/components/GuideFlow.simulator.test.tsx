import { act, fireEvent, screen } from '@testing-library/react'
import type { GuideResult, SituationAnswers } from '@contract/api/catalog'
import { setHttpTransport, type HttpTransport } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { nodeHttpTransport, startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { GuideFlow } from './GuideFlow'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'

setStorageBackend(createMemoryStorage())

let platform: TestPlatform
let evaluations: Array<{ answers: SituationAnswers; result: GuideResult }>

beforeEach(async () => {
  platform = await startTestPlatform()
  evaluations = []
  const real: HttpTransport = nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))
  setHttpTransport(async (request) => {
    const response = await real(request)
    if (request.url.endsWith('/guide/evaluate') && response.status === 200) {
      const { answers } = request.body as { answers: SituationAnswers }
      evaluations.push({ answers, result: JSON.parse(response.text) as GuideResult })
    }
    return response
  })
})

afterEach(async () => {
  await platform.close()
})

const tap = (text: string) =>
  act(() => void fireEvent.click(screen.getAllByText(text, { exact: true }).at(-1) as HTMLElement))

describe('GuideFlow against the simulator’s catalog', () => {
  it('answers 新生儿出生一件事 and shows the checklist the platform gives for the same answers', async () => {
    renderWithQueries(<GuideFlow targetId="b-newborn" />)
    await screen.findByText('新生儿出生一件事')
    tap('开始回答')
    for (const choice of ['不满1周岁', '在外省出生', '是，已登记结婚', '随母亲', '暂时不办']) {
      tap(choice)
      tap('继续')
    }
    tap('确认，查看我的办事清单')
    expect(await screen.findByText('已与省政务服务平台核对，清单一致。')).toBeTruthy()

    const [evaluation] = evaluations
    expect(evaluation?.answers).toEqual({
      child_age: 'under1',
      born_in_province: 'no',
      parents_married: 'yes',
      settle_with: 'mother',
      social_card: 'no',
    })
    const result = evaluation?.result as GuideResult
    const shownItems = [...document.querySelectorAll('.entry-row__name')].map((el) => el.textContent)
    expect(shownItems).toEqual(result.items.map((item) => item.name))
    const shownMaterials = [...document.querySelectorAll('.material__name')].map((el) => el.textContent)
    expect(shownMaterials.sort()).toEqual(result.materials.map((m) => m.name).sort())
    for (const skipped of result.skippedItems) expect(screen.getByText(skipped.name)).toBeTruthy()
    for (const note of result.notes) expect(screen.getByText(note)).toBeTruthy()
    expect(result.skippedItems.map((item) => item.name)).toEqual(['出生医学证明签发', '社会保障卡申领'])
  })
})
