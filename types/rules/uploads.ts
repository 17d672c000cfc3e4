import { UPLOAD_MAX_BYTES, type Upload } from '../api/uploads'

/**
 * What a material file may be: JPG, PNG or PDF up to 10 MB. The platform decides on the bytes it receives;
 * the app decides earlier, on the picked file's name and size, so a citizen on a county mobile connection
 * does not spend data on a file that will be refused. Both say why in the same words.
 */

/** The names each accepted type goes by; the first is the one a file of that type is given. */
export const UPLOAD_EXTENSIONS: Readonly<Record<Upload['mime'], readonly [string, ...string[]]>> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/pdf': ['pdf'],
}

export const ACCEPTED_EXTENSIONS: readonly string[] = Object.values(UPLOAD_EXTENSIONS).flat()

const MEGABYTE = 1024 * 1024

export const UPLOAD_REFUSALS = {
  type: '只能上传 JPG、PNG 图片或 PDF 文件',
  empty: '文件是空的，请重新选择',
  tooBig: `文件超过${UPLOAD_MAX_BYTES / MEGABYTE}MB，请重新拍摄或选择小一些的文件`,
} as const

/** What the picker tells the citizen before they choose: `JPG、PNG、PDF，每个10MB以内`. */
export const ACCEPTED_FILES_HINT = `${Object.values(UPLOAD_EXTENSIONS)
  .map(([name]) => name.toUpperCase())
  .join('、')}，每个${UPLOAD_MAX_BYTES / MEGABYTE}MB以内`

/** `scan.PDF` → `pdf`; no extension → ''. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** Why a file of this many bytes cannot be a material, or undefined. */
export function uploadSizeProblem(size: number): string | undefined {
  if (size === 0) return UPLOAD_REFUSALS.empty
  if (size > UPLOAD_MAX_BYTES) return UPLOAD_REFUSALS.tooBig
  return undefined
}

/** Why a file of this name cannot be a material, or undefined. */
export function uploadTypeProblem(name: string): string | undefined {
  return ACCEPTED_EXTENSIONS.includes(fileExtension(name)) ? undefined : UPLOAD_REFUSALS.type
}

/** Why a picked file cannot be sent, judged by its name and size before any byte leaves the phone. */
export function pickedFileProblem(file: { name: string; size: number }): string | undefined {
  return uploadTypeProblem(file.name) ?? uploadSizeProblem(file.size)
}
