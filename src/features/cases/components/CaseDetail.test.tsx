import http from 'node:http'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { AuthTokens } from '@contract/api/identity'
import { UPLOAD_REFUSALS } from '@contract/rules/uploads'
import { endSession, startSession } from '@/shared/api/session'
import { compressImage, pickDocument, pickImages } from '@/shared/platform/media'
import { openRoute } from '@/shared/platform/navigation'
import { callPhone } from '@/shared/platform/phone'
import { TransportError } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { uploadFile, type UploadRequest } from '@/shared/platform/upload'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { CaseDetail } from './CaseDetail'

jest.mock('@/shared/platform/media', () => ({
  pickImages: jest.fn(),
  pickDocument: jest.fn(),
  compressImage: jest.fn(),
}))
jest.mock('@/shared/platform/upload', () => ({ uploadFile: jest.fn() }))
jest.mock('@/shared/platform/navigation', () => ({ openRoute: jest.fn() }))
jest.mock('@/shared/platform/phone', () => ({ callPhone: jest.fn() }))

setStorageBackend(createMemoryStorage())

const pick = jest.mocked(pickImages)
const pickFile = jest.mocked(pickDocument)
const compress = jest.mocked(compressImage)
const upload = uploadFile as jest.MockedFunction<typeof uploadFile>

/** What the camera "took" or the chat held: the platform recognises files by their first bytes. */
const PHOTOS: Record<string, Buffer> = {
  'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  'small.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  'scan.pdf': Buffer.from('%PDF-1.7\n%…'),
  // A GIF someone renamed: it passes the check by name, the platform refuses it by its bytes.
  'renamed.jpg': Buffer.from('GIF89a......'),
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
  compress.mockImplementation(async (file) => file)
})
afterEach(async () => {
  endSession()
  jest.clearAllMocks()
  await platform.close()
})

async function showCase(phone: string, caseId: string) {
  startSession((await platform.sim('/__sim/login', { phone })) as AuthTokens)
  renderWithQueries(<CaseDetail caseId={caseId} />)
}

const tap = (text: string | RegExp) => act(() => void fireEvent.click(screen.getByText(text)))
const photo = (path: string, size = PHOTOS[path]?.length ?? 0) => [
  { path, size, kind: 'image' as const, name: path },
]
const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })
/** The card of one material 补正 asks for. */
const material = (name: string) => within(screen.getByRole('group', { name }))
const tapIn = (name: string, text: string) => act(() => void fireEvent.click(material(name).getByText(text)))
const handInDisabled = () =>
  screen.getByText('提交补正材料').closest('[aria-disabled]')?.getAttribute('aria-disabled') === 'true'

describe('补齐补正 on the case page', () => {
  it('uploads a photo and a file from a chat for the missing materials, hands them in, and the case is back at 受理', async () => {
    await showCase('13887001234', 'c-0002')
    await find('需要补正的材料')
    expect(screen.getByText('请在12月4日前上传')).toBeTruthy()
    expect(screen.getByText('母亲的身份证只上传了正面，请补充反面照片。')).toBeTruthy()
    expect(handInDisabled()).toBe(true)

    pick.mockResolvedValue(photo('photo.jpg'))
    tapIn('父母双方居民身份证', '拍照或从相册选择')
    expect(await material('父母双方居民身份证').findByText('✓ photo.jpg（1KB）')).toBeTruthy()
    expect(screen.getByText('还需要上传：结婚证')).toBeTruthy()
    pickFile.mockResolvedValue([
      { path: 'scan.pdf', size: PHOTOS['scan.pdf'].length, kind: 'file', name: 'scan.pdf' },
    ])
    tapIn('结婚证', '选择文件（PDF或图片）')
    expect(await material('结婚证').findByText('✓ scan.pdf（1KB）')).toBeTruthy()
    // A boolean, not the node: a failing check inside waitFor would pretty-print Taro's DOM, slowly.
    await waitFor(() => expect(screen.queryByText(/还需要上传/) === null).toBe(true), { timeout: 5000 })
    expect(compress).not.toHaveBeenCalled()

    tap('提交补正材料')
    await find(/已收到补正材料（父母双方居民身份证、结婚证）/)
    expect(screen.queryByText('需要补正的材料')).toBeNull()
    expect(screen.getAllByText('已受理').length).toBeGreaterThan(0)
    expect(upload).toHaveBeenCalledTimes(2)
  })

  it('compresses a big photo before sending it, and a removed file is no longer handed in', async () => {
    await showCase('13887001234', 'c-0002')
    await find('需要补正的材料')
    // Over the 10 MB limit as taken; what counts is what compression makes of it.
    pick.mockResolvedValue(photo('big.jpg', 12 * 1024 * 1024))
    compress.mockResolvedValue({
      path: 'small.jpg',
      size: PHOTOS['small.jpg'].length,
      kind: 'image',
      name: 'small.jpg',
    })
    tapIn('结婚证', '拍照或从相册选择')
    expect(await material('结婚证').findByText('✓ small.jpg（1KB）')).toBeTruthy()
    expect(compress).toHaveBeenCalledWith(expect.objectContaining({ path: 'big.jpg' }), 60)
    expect(upload.mock.calls[0]?.[0]).toMatchObject({ filePath: 'small.jpg' })

    act(() => void fireEvent.click(material('结婚证').getByText('删除')))
    expect(material('结婚证').queryByText(/small\.jpg/)).toBeNull()
    expect(screen.getByText('还需要上传：父母双方居民身份证、结婚证')).toBeTruthy()
  })

  it('says why a file was refused: by its name and size before sending anything, by its bytes after', async () => {
    await showCase('13887001234', 'c-0002')
    await find('需要补正的材料')
    expect(material('结婚证').getByText('可上传 JPG、PNG、PDF，每个10MB以内')).toBeTruthy()
    pick.mockResolvedValue(photo('photo.heic', 2000))
    tapIn('结婚证', '拍照或从相册选择')
    expect(await find(UPLOAD_REFUSALS.type)).toBeTruthy()
    // Compression could not shrink this photo under the limit (the test's compressor returns it as it was).
    pick.mockResolvedValue(photo('photo.jpg', 12 * 1024 * 1024))
    tapIn('结婚证', '拍照或从相册选择')
    expect(await find('文件超过10MB，请重新拍摄或选择小一些的文件')).toBeTruthy()
    expect(compress).toHaveBeenCalledWith(expect.objectContaining({ path: 'photo.jpg' }), 60)
    // A PDF is never re-encoded, so an oversized one is refused before anything is done with it.
    compress.mockClear()
    pickFile.mockResolvedValue([{ path: 'scan.pdf', size: 12 * 1024 * 1024, kind: 'file', name: 'scan.pdf' }])
    tapIn('父母双方居民身份证', '选择文件（PDF或图片）')
    expect(await material('父母双方居民身份证').findByText(UPLOAD_REFUSALS.tooBig)).toBeTruthy()
    expect(compress).not.toHaveBeenCalled()
    expect(upload).not.toHaveBeenCalled()

    pick.mockResolvedValue(photo('renamed.jpg'))
    tapIn('结婚证', '拍照或从相册选择')
    expect(await find('renamed.jpg：上传失败')).toBeTruthy()
    expect(material('结婚证').getByText(UPLOAD_REFUSALS.type)).toBeTruthy()
    act(() => void fireEvent.click(material('结婚证').getByText('删除')))
    expect(screen.queryByText('renamed.jpg：上传失败')).toBeNull()
  })

  it('keeps a failed upload with its reason and holds the hand-in until it is retried', async () => {
    upload.mockRejectedValueOnce(new TransportError('network', 'offline'))
    await showCase('13887001234', 'c-0002')
    await find('需要补正的材料')
    pick.mockResolvedValue(photo('photo.jpg'))
    tapIn('父母双方居民身份证', '拍照或从相册选择')
    tapIn('结婚证', '拍照或从相册选择')
    expect(await find('photo.jpg：上传失败')).toBeTruthy()
    expect(await material('结婚证').findByText('✓ photo.jpg（1KB）')).toBeTruthy()
    expect(material('父母双方居民身份证').getByText(/网络/)).toBeTruthy()
    expect(screen.getByText('有文件没有上传成功，请重试或删除后再提交')).toBeTruthy()
    expect(handInDisabled()).toBe(true)

    tapIn('父母双方居民身份证', '重试')
    expect(await material('父母双方居民身份证').findByText('✓ photo.jpg（1KB）')).toBeTruthy()
    await waitFor(() => expect(handInDisabled()).toBe(false))
    expect(screen.queryByText(/没有上传成功/)).toBeNull()
  })
})

describe('the case page', () => {
  it('asks for a rating when the case is done, and opens the rating page', async () => {
    await showCase('13887001234', 'c-0003')
    await find('办完了，请评价本次服务')
    expect(screen.getByText(/请在11月27日前评价/)).toBeTruthy()
    tap('去评价')
    expect(openRoute).toHaveBeenCalledWith('/packages/cases/rate/index?type=case&id=c-0003')
    expect(screen.queryByText('已超期，您可以这样做')).toBeNull()
    expect(screen.getByText('办不成事？反映问题')).toBeTruthy()
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
    expect(screen.getByText('当前：特别程序')).toBeTruthy()
    expect(screen.getByText('这段时间不计入办理时限')).toBeTruthy()
  })

  it('names only 补正 as what paused a case that never went to 特别程序, and calls the step 补交材料', async () => {
    await showCase('13887001234', 'c-0002')
    expect(await find(/；补正材料期间暂停计时1个工作日$/)).toBeTruthy()
    expect(screen.queryByText(/特别程序/)).toBeNull()
    expect(screen.getByText('当前：补交材料')).toBeTruthy()
    expect(screen.getByText('这段时间不计入办理时限')).toBeTruthy()
  })

  it('tells the citizen what to do about an overdue case, with the case linked to a 办不成事反映', async () => {
    const phone = '13800005678'
    const { caseId } = (await platform.sim('/__sim/cases', {
      phone,
      itemId: 'i-passport',
      status: 'processing',
    })) as { caseId: string }
    // 普通护照签发 promises 7 working days from 23 November; 21 December is well past them.
    await platform.sim('/__sim/clock', { now: '2026-12-21T10:00:00+08:00' })
    await showCase(phone, caseId)
    expect(await find('已超期，您可以这样做')).toBeTruthy()
    expect(screen.getByText(/^已超过承诺时限\d+个工作日$/)).toBeTruthy()

    tap(/^拨打 0870-/)
    expect(callPhone).toHaveBeenLastCalledWith(expect.stringMatching(/^0870-/))
    tap('反映这件办件超期')
    expect(openRoute).toHaveBeenCalledWith(`/packages/cases/feedback/index?caseId=${caseId}`)
    tap('拨打 12345')
    expect(callPhone).toHaveBeenLastCalledWith('12345')
    // Offered once, with what each is for: not repeated at the foot of the page.
    expect(screen.queryByText('办不成事？反映问题')).toBeNull()
    expect(screen.getAllByText(/^拨打 0870-/)).toHaveLength(1)
  })

  it('does not show someone else’s case', async () => {
    await showCase('15887012345', 'c-0002')
    expect(await find('没有找到这件办件。它可能不是当前登录账号办理的。')).toBeTruthy()
  })
})
