import http from 'node:http'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import * as v from 'valibot'
import { AuthTokensSchema } from '@contract/api'
import type { Draft } from '@contract/api/drafts'
import { endSession, startSession } from '@/shared/api/session'
import { pickImages } from '@/shared/platform/media'
import { openRoute, replaceRoute } from '@/shared/platform/navigation'
import { createMemorySecureStorage, setSecureStorageBackend } from '@/shared/platform/secureStorage'
import { onNetworkChange } from '@/shared/platform/lifecycle'
import { setHttpTransport, TransportError } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { uploadFile, type UploadRequest } from '@/shared/platform/upload'
import { nodeHttpTransport, startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { encodeAnswers } from '@/shared/answersParam'
import { shanghaiIso } from '@contract/rules/calendar'
import { ApplyCheckPage, ApplyDonePage, ApplyFormPage, ApplyMaterialsPage } from './ApplyPages'
import { applyStore, SERVER_SAVE_DELAY_MS } from './applySession'

jest.mock('@/shared/platform/navigation', () => ({
  ...jest.requireActual('@/shared/platform/navigation'),
  openRoute: jest.fn(),
  replaceRoute: jest.fn(),
}))
jest.mock('@/shared/platform/media', () => ({
  ...jest.requireActual('@/shared/platform/media'),
  pickImages: jest.fn(),
}))
jest.mock('@/shared/platform/upload', () => ({ uploadFile: jest.fn() }))
jest.mock('@/shared/platform/lifecycle', () => ({
  ...jest.requireActual('@/shared/platform/lifecycle'),
  onNetworkChange: jest.fn(() => () => undefined),
}))

const storage = createMemoryStorage()
setStorageBackend(storage)

const WANG = { phone: '13908701111', idNumber: '530627197811050019' }
const ANSWERS = encodeAnswers({
  child_age: 'under1',
  born_in_province: 'yes',
  parents_married: 'yes',
  settle_with: 'father',
  social_card: 'yes',
})
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

let platform: TestPlatform
let secure: ReturnType<typeof createMemorySecureStorage>

/** POST /uploads for real, as Taro.uploadFile would send it, reporting progress like WeChat does. */
function multipartUpload(request: UploadRequest) {
  const boundary = '----apply-test'
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${request.fieldName}"; filename="${request.fileName}"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    ),
    JPEG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  request.onProgress?.(0.4)
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const url = `${platform.apiUrl}${request.url.replace('/api/v1', '')}`
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          request.onProgress?.(1)
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

beforeEach(async () => {
  platform = await startTestPlatform('2026-03-02T10:00:00+08:00')
  setHttpTransport(nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, '')))
  secure = createMemorySecureStorage()
  setSecureStorageBackend(secure)
  applyStore.setState({}, true)
  endSession()
  startSession(v.parse(AuthTokensSchema, await platform.sim('/__sim/login', { phone: WANG.phone })))
  jest.mocked(uploadFile).mockImplementation(multipartUpload)
  jest
    .mocked(pickImages)
    .mockResolvedValue([{ path: 'blob:id-cards', size: 120_000, kind: 'image', name: '父母身份证.jpg' }])
})

afterEach(async () => {
  await platform.close()
  jest.clearAllMocks()
})

function renderPage(page: 'form' | 'materials' | 'check') {
  const props = {
    targetId: 'b-newborn',
    answers: page === 'form' ? ANSWERS : undefined,
    onNeedRealName: jest.fn(),
  }
  const Page = { form: ApplyFormPage, materials: ApplyMaterialsPage, check: ApplyCheckPage }[page]
  return renderWithQueries(<Page {...props} />)
}

const input = (name: string) => {
  const element = document.querySelector(`[name="${name}"]`)
  if (!element) throw new Error(`no input named ${name}`)
  return element as HTMLElement & { value?: string }
}

function type(name: string, value: string) {
  act(() => void input(name).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })))
}

function blur(name: string) {
  act(() => void input(name).dispatchEvent(new CustomEvent('blur', { detail: { value: '' }, bubbles: true })))
}

const tap = (text: string) =>
  act(() => void fireEvent.click(screen.getAllByText(text, { exact: true }).at(-1) as HTMLElement))

/**
 * Upload (the picker is stubbed) on the card of a material only an upload can provide (its buttons show
 * without a choice to make); every card has the same buttons.
 */
function uploadTo(material: string) {
  const card = within(screen.getByRole('group', { name: material }))
  expect(card.queryByRole('radio')).toBeNull()
  act(() => void fireEvent.click(card.getByText('拍照或从相册选择')))
}

const savedDraft = (): Draft | undefined => {
  const raw = secure.dump()['ttb.apply.draft.u-0003.b-newborn']
  return raw ? (JSON.parse(raw) as Draft) : undefined
}

/** The separate consent page comes before the form of 新生儿出生一件事: 同意并继续, then the form is there. */
async function agreeToSensitiveData() {
  await screen.findByText('办理前需要您单独同意')
  tap('同意并继续')
  await screen.findByText(/^已为您自动填好/)
}

/** The form page with the consent given: what a citizen sees after 同意并继续. */
async function openForm() {
  const rendered = renderPage('form')
  await agreeToSensitiveData()
  return rendered
}

describe('the separate consent to sensitive personal information, before the form', () => {
  /** Every request the app sends from now on, as `METHOD /path`. */
  function recordRequests(): string[] {
    const sent: string[] = []
    const real = nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))
    setHttpTransport((request) => {
      sent.push(`${request.method} ${request.url.replace(/^\/api\/v1/, '')}`)
      return real(request)
    })
    return sent
  }

  it('shows for 新生儿出生一件事: what will be used, why, for how long, and the guardian’s part', async () => {
    renderPage('form')
    expect(await screen.findByRole('heading', { name: '办理前需要您单独同意' })).toBeTruthy()
    const kinds = within(screen.getByRole('list', { name: '会用到的敏感个人信息' })).getAllByRole('listitem')
    expect(kinds.map((k) => k.textContent)).toEqual([
      '•不满十四周岁孩子的个人信息（如姓名、出生和户口信息）',
      '•身份证件的照片（如身份证正反面、证件照，含电子证照）',
      '•医疗健康信息（如出生医学证明、预防接种、病历、诊断和医疗费用票据）',
    ])
    expect(screen.getByText(/^只用于本次办理/)).toBeTruthy()
    expect(screen.getByText(/表示您是孩子的父母或其他监护人/)).toBeTruthy()
    expect(document.querySelector('[name="newborn.name"]')).toBeNull()
    expect(screen.queryByText(/^已为您自动填好/)).toBeNull()
  })

  it('不同意 sends nothing and keeps nothing, and offers the hall or the guide instead', async () => {
    const sent = recordRequests()
    renderPage('form')
    await screen.findByText('办理前需要您单独同意')
    tap('不同意')
    expect(await screen.findByText('您没有同意，我们不会使用这些信息')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, SERVER_SAVE_DELAY_MS + 200))

    const changing = sent.filter((r) => !r.startsWith('GET ') && r !== 'POST /guide/evaluate')
    expect(changing.filter((r) => !r.startsWith('DELETE '))).toEqual([]) // no draft saved, no upload, no application
    expect(savedDraft()).toBeUndefined()
    const token = ((await platform.sim('/__sim/login', { phone: WANG.phone })) as { accessToken: string })
      .accessToken
    expect(JSON.parse(await httpGet('/drafts/b-newborn', token)).code).toBe('NOT_FOUND')
    expect(JSON.parse(await httpGet('/cases?status=submitted&limit=50', token)).items).toEqual([])

    tap('预约到大厅办理')
    expect(openRoute).toHaveBeenCalledWith('/packages/appointments/book/index')
    tap('我想再看一下，返回上一步')
    expect(await screen.findByText('办理前需要您单独同意')).toBeTruthy()
  })

  it('同意并继续 opens the form; the draft remembers the consent, so resuming does not ask again', async () => {
    const { unmount } = renderPage('form')
    await screen.findByText('办理前需要您单独同意')
    tap('同意并继续')
    expect(await screen.findByText('已为您自动填好 15 项，还需填写 3 项。请核对后继续。')).toBeTruthy()
    await waitFor(() =>
      expect(savedDraft()?.sensitiveConsent).toEqual({
        kinds: ['minor', 'idPhoto', 'health'],
        agreedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+08:00$/),
      }),
    )

    unmount()
    applyStore.setState({}, true)
    renderPage('form')
    await screen.findByText('继续填写')
    tap('继续填写')
    expect(await screen.findByText(/^已为您自动填好/)).toBeTruthy()
    expect(screen.queryByText('办理前需要您单独同意')).toBeNull()
  })
})

describe('the form step', () => {
  it('fills most of 新生儿出生一件事 for a returning citizen, saying where each value came from', async () => {
    await openForm()
    expect(screen.getByText('已为您自动填好 15 项，还需填写 3 项。请核对后继续。')).toBeTruthy()
    expect(screen.getByText('王建国')).toBeTruthy()
    expect(screen.getAllByText('✓ 已核验 · 来自公安人口库').length).toBe(4)
    expect(
      input('otherParent.name').getAttribute('value') ??
        (input('otherParent.name') as { value?: string }).value,
    ).toBe('刘芳')
    expect(screen.getAllByText('已为您填好（来自历史申报），如有变化请直接修改').length).toBeGreaterThan(5)
  })

  it('checks a field when the citizen leaves it, and everything on 下一步, with the platform’s messages', async () => {
    await openForm()
    type('otherParent.idNumber', '530627198203150028')
    blur('otherParent.idNumber')
    expect(await screen.findByText('校验位不正确，请核对')).toBeTruthy()
    tap('下一步：提供材料')
    expect(screen.getByText('有4处需要修改')).toBeTruthy()
    expect(screen.getByText('! 请填写新生儿姓名')).toBeTruthy()
    expect(screen.getByText('请填写新生儿姓名')).toBeTruthy()
  })

  it('unlocks a verified value with 我需要修改 and puts it back with 用回核验信息', async () => {
    await openForm()
    act(() => void fireEvent.click(screen.getAllByText('我需要修改')[0] as HTMLElement))
    expect(input('applicant.name')).toBeTruthy()
    expect(screen.getByText('已改为自行填写，提交时不作为核验信息')).toBeTruthy()
    tap('用回核验信息')
    expect(document.querySelector('[name="applicant.name"]')).toBeNull()
  })

  it('keeps every change on the device, encrypted storage only, and offers 继续填写 when reopened', async () => {
    const { unmount } = await openForm()
    type('newborn.name', '王小雨')
    await waitFor(() => expect(savedDraft()?.formData['newborn.name']).toBe('王小雨'))
    expect(JSON.stringify(storage.dump())).not.toContain(WANG.idNumber)
    expect(JSON.stringify(storage.dump())).not.toContain('王小雨')

    unmount()
    applyStore.setState({}, true) // the page was killed: nothing in memory
    renderPage('form')
    expect(await screen.findByText('您有一份还没提交的“新生儿出生一件事”申请')).toBeTruthy()
    tap('继续填写')
    await screen.findByText('已为您自动填好 15 项，还需填写 3 项。请核对后继续。')
    expect(
      (input('newborn.name') as { value?: string }).value ?? input('newborn.name').getAttribute('value'),
    ).toBe('王小雨')
  })

  it('never offers one citizen’s draft to another who signs in on the same phone', async () => {
    const { unmount } = await openForm()
    type('newborn.name', '王小雨')
    await waitFor(() => expect(savedDraft()?.formData['newborn.name']).toBe('王小雨'))
    unmount()

    startSession(v.parse(AuthTokensSchema, await platform.sim('/__sim/login', { phone: '13887001234' })))
    renderPage('form')
    await agreeToSensitiveData()
    expect(screen.queryByText(/还没提交的/)).toBeNull()
    expect(screen.getByText('张明华')).toBeTruthy()
    expect(savedDraft()?.formData['newborn.name']).toBe('王小雨')
  })

  it('saves to the platform in the background and offers a newer copy from another device, never applying it', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] })
    try {
      const { unmount } = await openForm()
      type('newborn.name', '王小雨')
      await act(async () => void jest.advanceTimersByTime(SERVER_SAVE_DELAY_MS + 10))
      jest.useRealTimers()
      const token = (await platform.sim('/__sim/login', { phone: WANG.phone })) as { accessToken: string }
      await waitFor(async () => {
        const server = await httpGet(`/drafts/b-newborn`, token.accessToken)
        expect(JSON.parse(server).formData['newborn.name']).toBe('王小雨')
      })

      // Another device saves an hour later.
      const local = savedDraft() as Draft
      const elsewhere = {
        ...local,
        formData: { 'newborn.name': '王小雪' },
        updatedAt: shanghaiIso(new Date(Date.parse(local.updatedAt) + 3600_000)),
      }
      expect(JSON.parse(await httpPut('/drafts/b-newborn', token.accessToken, elsewhere))).toEqual(elsewhere)
      unmount()
      applyStore.setState({}, true)
      renderPage('form')
      expect(await screen.findByText('另一台设备上有更新的内容')).toBeTruthy()
      expect(savedDraft()?.formData['newborn.name']).toBe('王小雨')
      tap('用另一台设备上的内容继续')
      await waitFor(() => expect(savedDraft()?.formData['newborn.name']).toBe('王小雪'))
    } finally {
      jest.useRealTimers()
    }
  })

  it('keeps the draft on the device while offline and sends it to the platform when the network is back', async () => {
    const real = nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))
    let offline = true
    setHttpTransport(async (request) => {
      if (offline && request.method === 'PUT') throw new TransportError('network', 'offline')
      return real(request)
    })
    await openForm()
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] })
    try {
      type('newborn.name', '王小雨')
      await act(async () => void jest.advanceTimersByTime(SERVER_SAVE_DELAY_MS + 10))
    } finally {
      jest.useRealTimers()
    }
    expect(await screen.findByText('网络不通，内容已保存在本机，联网后会自动同步')).toBeTruthy()
    expect(savedDraft()?.formData['newborn.name']).toBe('王小雨')

    offline = false
    const [[whenOnline]] = jest.mocked(onNetworkChange).mock.calls
    await act(async () => whenOnline(true))
    expect(await screen.findByText('已自动保存，换一台手机登录也能继续填写')).toBeTruthy()
    const token = ((await platform.sim('/__sim/login', { phone: WANG.phone })) as { accessToken: string })
      .accessToken
    expect(JSON.parse(await httpGet('/drafts/b-newborn', token)).formData['newborn.name']).toBe('王小雨')
  })
})

describe('the materials step', () => {
  it('ticks the 电子证照 the citizen holds and uploads the rest with progress', async () => {
    await openForm()
    cleanup()
    renderPage('materials')
    expect(await screen.findByText('共 4 项材料，其中 3 项已用您的电子证照自动提供，不用上传。')).toBeTruthy()
    expect(screen.getByText('✓ 使用电子证照：结婚证（免提交）')).toBeTruthy()
    uploadTo('父母双方居民身份证')
    expect(await screen.findByText('✓ 父母身份证.jpg（1KB）')).toBeTruthy()
    expect(jest.mocked(uploadFile).mock.calls[0]?.[0]).toMatchObject({
      fileName: '父母身份证.jpg',
      fieldName: 'file',
    })
    await waitFor(() =>
      expect(savedDraft()?.materials.find((m) => m.materialId === 'm-parents-id-cards')).toMatchObject({
        via: 'upload',
      }),
    )
  })

  it('keeps a failed upload on the card with its reason, and retries it', async () => {
    jest.mocked(uploadFile).mockRejectedValueOnce(new TransportError('network', 'offline'))
    await openForm()
    cleanup()
    renderPage('materials')
    await screen.findByText('父母双方居民身份证')
    uploadTo('父母双方居民身份证')
    expect(await screen.findByText('父母身份证.jpg：上传失败')).toBeTruthy()
    expect(screen.getByText(/网络连接不上/)).toBeTruthy()
    tap('重试')
    expect(await screen.findByText('✓ 父母身份证.jpg（1KB）')).toBeTruthy()
  })
})

describe('the check step', () => {
  async function fillEverything() {
    await openForm()
    type('newborn.name', '王小雨')
    type('newborn.ethnicity', '汉族')
    tap('女')
    cleanup()
    renderPage('materials')
    await screen.findByText('父母双方居民身份证')
    uploadTo('父母双方居民身份证')
    await screen.findByText('✓ 父母身份证.jpg（1KB）')
    cleanup()
  }

  const NEWBORN_ITEMS = [
    'i-birth-certificate',
    'i-birth-service-registration',
    'i-vaccination-certificate',
    'i-birth-registration',
    'i-resident-medical-insurance',
    'i-social-card-apply',
  ]

  async function casesFiled(token: string) {
    const list = JSON.parse(await httpGet('/cases?status=submitted&limit=50', token)) as {
      items: Array<{ itemId: string }>
    }
    return list.items.filter((c) => NEWBORN_ITEMS.includes(c.itemId)).length
  }

  it('submits once: a dropped answer and the retry file one set of cases, then the confirmation opens', async () => {
    await fillEverything()
    renderPage('check')
    expect(await screen.findByText('核对信息')).toBeTruthy()
    expect(screen.getAllByText('公安人口库 · 已核验').length).toBeGreaterThan(0)
    await platform.sim('/__sim/faults', { route: '/applications', drop: true, after: true, times: 1 })
    tap('确认提交')
    expect(await screen.findByText(/不会重复申请/)).toBeTruthy()
    tap('确认提交')
    await waitFor(() =>
      expect(replaceRoute).toHaveBeenCalledWith(
        expect.stringMatching(/^\/packages\/apply\/done\/index\?id=app-/),
      ),
    )
    const token = ((await platform.sim('/__sim/login', { phone: WANG.phone })) as { accessToken: string })
      .accessToken
    expect(await casesFiled(token)).toBe(6)
    expect(savedDraft()).toBeUndefined()
  })

  it('asks for the consent again when the platform’s form lists a kind the citizen has not agreed to', async () => {
    await fillEverything()
    // The app still has last week's form (no health data); the citizen agreed to what it listed.
    const draft = savedDraft() as Draft
    const older: Draft = {
      ...draft,
      sensitiveConsent: { kinds: ['minor', 'idPhoto'], agreedAt: draft.updatedAt },
    }
    applyStore.setState((all) => ({ ...all, 'b-newborn': { ...all['b-newborn'], draft: older } }))
    const real = nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))
    let stale = true
    setHttpTransport(async (request) => {
      const response = await real(request)
      if (!stale || request.method !== 'GET' || !request.url.endsWith('/forms/b-newborn')) return response
      stale = false
      const form = JSON.parse(response.text) as { sensitiveKinds: string[] }
      return { ...response, text: JSON.stringify({ ...form, sensitiveKinds: ['minor', 'idPhoto'] }) }
    })
    renderPage('check')
    await screen.findByText('核对信息')
    tap('确认提交')
    expect(await screen.findByText('办理前需要您单独同意')).toBeTruthy()
    expect(screen.getByText(/^医疗健康信息/)).toBeTruthy()
    tap('同意并继续')
    await screen.findByText('核对信息')
    tap('确认提交')
    await waitFor(() =>
      expect(replaceRoute).toHaveBeenCalledWith(
        expect.stringMatching(/^\/packages\/apply\/done\/index\?id=app-/),
      ),
    )
  })

  it('sends the citizen to the material the platform refused, with its message', async () => {
    await fillEverything()
    const draft = savedDraft() as Draft
    const stale = draft.materials.map((m) =>
      m.via === 'upload' ? { ...m, files: m.files.map((f) => ({ ...f, fileId: 'file-gone' })) } : m,
    )
    applyStore.setState((all) => ({
      ...all,
      'b-newborn': { ...all['b-newborn'], draft: { ...draft, materials: stale } },
    }))
    renderPage('check')
    await screen.findByText('核对信息')
    tap('确认提交')
    expect(await screen.findByText('去修改材料')).toBeTruthy()
    cleanup()
    renderPage('materials')
    expect(await screen.findByText('“父母双方居民身份证”的文件已失效，请重新上传')).toBeTruthy()
  })
})

function httpGet(path: string, token: string): Promise<string> {
  return httpCall('GET', path, token)
}

function httpPut(path: string, token: string, body: unknown): Promise<string> {
  return httpCall('PUT', path, token, JSON.stringify(body))
}

function httpCall(method: string, path: string, token: string, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${platform.apiUrl}${path}`,
      { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('before the form', () => {
  const wrap = renderWithQueries

  it('asks a citizen without real-name verification to verify first', async () => {
    startSession(v.parse(AuthTokensSchema, await platform.sim('/__sim/login', { phone: '18987056789' })))
    const onNeedRealName = jest.fn()
    wrap(<ApplyFormPage targetId="b-newborn" answers={ANSWERS} onNeedRealName={onNeedRealName} />)
    expect(await screen.findByText('网上申请需要先完成实名认证，认证后您的身份信息会自动填好。')).toBeTruthy()
    tap('去实名认证')
    expect(onNeedRealName).toHaveBeenCalled()
  })

  it('sends a citizen without situation answers to the questions, and a guest to login', async () => {
    wrap(<ApplyFormPage targetId="b-newborn" onNeedRealName={jest.fn()} />)
    expect(await screen.findByText('请先回答几个关于您情况的问题，再开始填写申请。')).toBeTruthy()
    cleanup()
    endSession()
    wrap(<ApplyFormPage targetId="b-newborn" answers={ANSWERS} onNeedRealName={jest.fn()} />)
    expect(screen.getByText('网上申请需要先登录，登录后您填写的内容会自动保存。')).toBeTruthy()
  })

  it('sends a citizen whose answers are cut short (a link missing some) back to the questions, not to 重试', async () => {
    wrap(
      <ApplyFormPage
        targetId="b-newborn"
        answers={encodeAnswers({ child_age: 'under1' })}
        onNeedRealName={jest.fn()}
      />,
    )
    expect(await screen.findByText('请先回答几个关于您情况的问题，再开始填写申请。')).toBeTruthy()
    expect(screen.getByText('去回答问题')).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
  })

  it('says plainly when there is no application to show or nothing chosen to apply for', async () => {
    wrap(<ApplyDonePage applicationId="" />)
    expect(screen.getByText('没有找到这份申请。已提交的申请可以在“我的办件”查看。')).toBeTruthy()
    cleanup()
    wrap(<ApplyFormPage targetId="" onNeedRealName={jest.fn()} />)
    expect(screen.getByText('没有选择要办理的事项，请先找到要办的事。')).toBeTruthy()
  })
})
