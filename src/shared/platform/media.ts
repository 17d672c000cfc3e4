import Taro from '@tarojs/taro'
import { UPLOAD_MIME_TYPES } from '@contract/api/uploads'
import { ACCEPTED_EXTENSIONS, fileExtension, UPLOAD_EXTENSIONS } from '@contract/rules/uploads'
import { isWeapp } from './env'

export interface PickedFile {
  path: string
  size: number
  /** 'image' or 'file'; the uploader decides on type checks and compression. */
  kind: 'image' | 'file'
  /**
   * The file's name with its extension (the type check reads it; the platform keeps it for the record). Every
   * picker here sets it; older callers that make their own PickedFile may leave it out.
   */
  name?: string
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path

/** Camera or album (weapp and H5). Cancelling is not an error: it returns an empty list. */
export async function pickImages(count = 1): Promise<PickedFile[]> {
  try {
    const result = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] })
    return result.tempFiles.map((file) => ({
      path: file.tempFilePath,
      size: file.size,
      kind: 'image' as const,
      // H5 hands out object URLs, which have no name; the File behind them has.
      name: (file as { originalFileObj?: File }).originalFileObj?.name ?? baseName(file.tempFilePath),
    }))
  } catch {
    return []
  }
}

const IMAGE_EXTENSIONS = [...UPLOAD_EXTENSIONS['image/jpeg'], ...UPLOAD_EXTENSIONS['image/png']]

/** The browser's own file chooser, for a PDF or a scan on a computer or a phone (H5). */
function chooseFileInBrowser(): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = [...UPLOAD_MIME_TYPES, ...ACCEPTED_EXTENSIONS.map((ext) => `.${ext}`)].join(',')
    input.style.cssText = 'position:fixed;top:-4000px;left:-4000px;'
    const finish = (files: PickedFile[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      const kind = file?.type.startsWith('image/') ? ('image' as const) : ('file' as const)
      finish(file ? [{ path: URL.createObjectURL(file), size: file.size, kind, name: file.name }] : [])
    })
    input.addEventListener('cancel', () => finish([]))
    document.body.appendChild(input)
    input.click()
  })
}

/**
 * A document file: on weapp one from a WeChat chat (where citizens keep PDFs they were sent), on H5 one from
 * the device. Cancelling returns an empty list.
 */
export async function pickDocument(): Promise<PickedFile[]> {
  if (!isWeapp) return chooseFileInBrowser()
  try {
    const result = await Taro.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: [...ACCEPTED_EXTENSIONS],
    })
    return result.tempFiles.map((file) => ({
      path: file.path,
      size: file.size,
      kind: IMAGE_EXTENSIONS.includes(fileExtension(file.name)) ? ('image' as const) : ('file' as const),
      name: file.name,
    }))
  } catch {
    return []
  }
}

/** Longest side of a re-encoded photo: a document stays legible, a phone photo shrinks to a few hundred KB. */
const MAX_SIDE = 2000

function compressInBrowser(file: PickedFile, quality: number): Promise<PickedFile> {
  return new Promise((resolve) => {
    const image = new Image()
    image.onerror = () => resolve(file)
    image.onload = () => {
      const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight))
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(image.naturalWidth * scale)
      canvas.height = Math.round(image.naturalHeight * scale)
      const context = canvas.getContext('2d')
      if (!context) return resolve(file)
      context.drawImage(image, 0, 0, canvas.width, canvas.height)
      canvas.toBlob(
        (blob) => {
          if (!blob || blob.size >= file.size) return resolve(file)
          const name = (file.name ?? baseName(file.path)).replace(/\.[^.]*$/, '') + '.jpg'
          resolve({ path: URL.createObjectURL(blob), size: blob.size, kind: 'image', name })
        },
        'image/jpeg',
        quality / 100,
      )
    }
    image.src = file.path
  })
}

/**
 * A smaller JPEG of a photo before it is uploaded over a county mobile connection (quality 0–100). Anything
 * that cannot be compressed, or would not get smaller, is returned as it was.
 */
export async function compressImage(file: PickedFile, quality: number): Promise<PickedFile> {
  if (file.kind !== 'image') return file
  if (!isWeapp) return compressInBrowser(file, quality)
  try {
    const { tempFilePath } = await Taro.compressImage({ src: file.path, quality })
    const info = (await Taro.getFileInfo({ filePath: tempFilePath })) as { size?: number }
    const size = info.size ?? file.size
    return size < file.size ? { ...file, path: tempFilePath, size, name: baseName(tempFilePath) } : file
  } catch {
    return file
  }
}
