import http from 'node:http'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { AuthTokens } from '@contract/api/identity'
import { endSession, startSession } from '@/shared/api/session'
import { pickImages } from '@/shared/platform/media'
import { openRoute } from '@/shared/platform/navigation'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { uploadFile, type UploadRequest } from '@/shared/platform/upload'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { CaseDetail } from './CaseDetail'

jest.mock('@/shared/platform/media', () => ({ pickImages: jest.fn() }))
jest.mock('@/shared/platform/upload', () => ({ uploadFile: jest.fn() }))
jest.mock('@/shared/platform/navigation', () => ({ openRoute: jest.fn() }))

setStorageBackend(createMemoryStorage())

const pick = pickImages as jest.MockedFunction<typeof pickImages>
const upload = uploadFile as jest.MockedFunction<typeof uploadFile>

/** What the camera "took": the platform recognises files by their first bytes. */
const PHOTOS: Record<string, Buffer> = {
  'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  'photo.gif': Buffer.from('GIF89a......'),
}

let platform: TestPlatform

/** Taro.uploadFile as the platform sees it: the picked file in a multipart body, to the real simulator. */
function uploadToSimulator(request: UploadRequest) {
  const boundary = 'case-detail-test'
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${request.fieldName}"; filename="${request.filePath}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    PHOTOS[request.filePath],
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const origin = platform.apiUrl.replace(/\/api\/v1$/, '')
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      `${origin}${request.url}`,
      {
        method: 'POST',
        headers: { ...request.headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

beforeEach(async () => {
  platform = await startTestPlatform()
  upload.mockImplementation(uploadToSimulator)
})
afterEach(async () => {
  endSession()
  jest.clearAllMocks()
  await platform.close()
})

async function showCase(phone: string, caseId: string) {
  startSession((await platform.sim('/__sim/login', { phone })) as AuthTokens)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <CaseDetail caseId={caseId} />
    </QueryClientProvider>,
  )
}

const tap = (text: string | RegExp) => act(() => void fireEvent.click(screen.getByText(text)))
const photo = (path: string, size = PHOTOS[path]?.length ?? 0) => [{ path, size, kind: 'image' as const }]
const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })

describe('补齐补正 on the case page', () => {
  it('uploads each missing material, hands them in, and the case is back at 受理', async () => {
    await showCase('13887001234', 'c-0002')
    await find('需要补正的材料')
    expect(screen.getByText('请在12月4日前上传')).toBeTruthy()
    expect(screen.getByText('母亲的身份证只上传了正面，请补充反面照片。')).toBeTruthy()
    expect(screen.getByText('提交补正材料').closest('[aria-disabled]')?.getAttribute('aria-disabled')).toBe(
      'true',
    )

    pick.mockResolvedValue(photo('photo.jpg'))
    tap('上传父母双方居民身份证')
    await find('已上传第1张：photo.jpg')
    expect(screen.getByText('还需要上传：结婚证')).toBeTruthy()
    tap('上传结婚证')
    // A boolean, not the node: a failing check inside waitFor would pretty-print Taro's DOM, slowly.
    await waitFor(() => expect(screen.queryByText(/还需要上传/) === null).toBe(true), { timeout: 5000 })

    tap('提交补正材料')
    await find(/已收到补正材料（父母双方居民身份证、结婚证）/)
    expect(screen.queryByText('需要补正的材料')).toBeNull()
    expect(screen.getAllByText('已受理').length).toBeGreaterThan(0)
    expect(upload).toHaveBeenCalledTimes(2)
  })

  it('says why a file was refused, and checks the size before sending anything', async () => {
    await showCase('13887001234', 'c-0002')
    await find('需要补正的材料')
    pick.mockResolvedValue(photo('photo.gif'))
    tap('上传结婚证')
    expect(await find('只能上传 JPG、PNG 图片或 PDF 文件')).toBeTruthy()

    pick.mockResolvedValue(photo('photo.jpg', 12 * 1024 * 1024))
    upload.mockClear()
    tap('上传结婚证')
    expect(await find('照片超过10MB，请重新拍摄或选择小一些的照片')).toBeTruthy()
    expect(upload).not.toHaveBeenCalled()
  })
})

describe('the case page', () => {
  it('asks for a rating when the case is done, and opens the rating page', async () => {
    await showCase('13887001234', 'c-0003')
    await find('办完了，请评价本次服务')
    expect(screen.getByText(/请在11月27日前评价/)).toBeTruthy()
    tap('去评价')
    expect(openRoute).toHaveBeenCalledWith('/packages/cases/rate/index?type=case&id=c-0003')
  })

  it('shows a default rating as such', async () => {
    await showCase('13908701111', 'c-0011')
    expect(await find('系统默认评价：基本满意（办结后5个工作日内未评价）')).toBeTruthy()
    expect(screen.queryByText('去评价')).toBeNull()
  })

  it('shows the clock stopped for 特别程序 and the steps newest first', async () => {
    await showCase('15887012345', 'c-0007')
    expect(await find('暂停计时')).toBeTruthy()
    expect(screen.getByText(/特别程序期间不计入办理时限/)).toBeTruthy()
    expect(screen.getByText('当前：特别程序（暂停计时）')).toBeTruthy()
  })

  it('does not show someone else’s case', async () => {
    await showCase('15887012345', 'c-0002')
    expect(await find('没有找到这件办件。它可能不是当前登录账号办理的。')).toBeTruthy()
  })
})
