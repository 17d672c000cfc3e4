import { createHash, randomBytes } from 'node:crypto'

import { UPLOAD_FIELD_NAME, UPLOAD_MAX_BYTES, type Upload } from '../../types/api/uploads'
import { UPLOAD_EXTENSIONS, UPLOAD_REFUSALS, uploadSizeProblem } from '../../types/rules/uploads'
import { toShanghaiIso } from '../framework/clock'
import type { Feature } from '../framework/context'
import { errorForStatus, validationFailed } from '../framework/errors'
import { json, type SimRequest } from '../framework/http'
import { getOwn } from '../framework/records'
import { requireCitizen } from './identity'

/**
 * POST /uploads: one material file as multipart/form-data. Only the metadata is kept (state is JSON on
 * disk); a citation of the file elsewhere (补正, applications) checks that it exists and is the caller's.
 */

export interface UploadRecord extends Upload {
  ownerId: string
  sha256: string
  uploadedAt: string
}

export interface UploadsState {
  files: Record<string, UploadRecord>
}

/** Bodies up to twice the file limit are read, so an oversized file gets the contract's 422, not a 413. */
const MAX_BODY_BYTES = 2 * UPLOAD_MAX_BYTES

/** The file types accepted, recognised by their first bytes (a renamed .exe stays an .exe). */
const SIGNATURES: Array<{ mime: Upload['mime']; bytes: number[] }> = [
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
]

function sniff(bytes: Buffer): (typeof SIGNATURES)[number] | undefined {
  return SIGNATURES.find((s) => s.bytes.every((byte, i) => bytes[i] === byte))
}

interface Part {
  name: string
  filename: string | null
  content: Buffer
}

/** The parts of a multipart/form-data body (RFC 7578), or null when it is not one. */
export function parseMultipart(contentType: string | undefined, body: Buffer): Part[] | null {
  const boundary = /^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  if (!boundary) return null
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2].trim()}`)
  const parts: Part[] = []
  let start = body.indexOf(delimiter)
  if (start < 0) return null
  while (start >= 0) {
    const afterDelimiter = start + delimiter.length
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break
    const headerEnd = body.indexOf('\r\n\r\n', afterDelimiter)
    const next = body.indexOf(delimiter, afterDelimiter)
    if (headerEnd < 0 || next < 0) return null
    const headers = body.subarray(afterDelimiter + 2, headerEnd).toString('utf8')
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? ''
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
    if (name === undefined) return null
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null
    // The part's bytes end before the CRLF that precedes the next delimiter.
    parts.push({ name, filename, content: body.subarray(headerEnd + 4, next - 2) })
    start = next
  }
  return parts
}

/** A name fit to show back: no path, no control characters, not too long. */
function cleanFileName(filename: string | null, extension: string): string {
  const base = (filename ?? '').split(/[\\/]/).pop() ?? ''
  const printable = Array.from(base).filter((ch) => ch >= ' ' && ch !== '\u007f')
  const clean = printable.join('').trim().slice(-80)
  return clean && !/^file-\d+$/.test(clean) ? clean : `材料.${extension}`
}

/** The caller's upload by id, or undefined (unknown, or someone else's: the same to the caller). */
export function ownUpload(state: UploadsState, ownerId: string, fileId: string): UploadRecord | undefined {
  const file = getOwn(state.files, fileId)
  return file?.ownerId === ownerId ? file : undefined
}

export const uploadsFeature: Feature = {
  name: 'uploads',
  register(router, ctx) {
    router.post(
      '/uploads',
      (req: SimRequest) => {
        const citizen = requireCitizen(ctx, req)
        const parts = parseMultipart(req.headers['content-type'], req.rawBody)
        if (!parts) throw errorForStatus(415)
        const part = parts.find((p) => p.name === UPLOAD_FIELD_NAME && p.filename !== null)
        if (!part) throw validationFailed({ file: '请选择要上传的文件' })
        const sizeProblem = uploadSizeProblem(part.content.length)
        if (sizeProblem) throw validationFailed({ file: sizeProblem })
        const kind = sniff(part.content)
        if (!kind) throw validationFailed({ file: UPLOAD_REFUSALS.type })

        const fileId = `file-${randomBytes(9).toString('base64url')}`
        const record: UploadRecord = {
          fileId,
          name: cleanFileName(part.filename, UPLOAD_EXTENSIONS[kind.mime][0]),
          size: part.content.length,
          mime: kind.mime,
          ownerId: citizen.id,
          sha256: createHash('sha256').update(part.content).digest('hex'),
          uploadedAt: toShanghaiIso(ctx.clock.now()),
        }
        ctx.state.uploads.files[fileId] = record
        const answer: Upload = { fileId, name: record.name, size: record.size, mime: record.mime }
        return json(201, answer)
      },
      { maxBodyBytes: MAX_BODY_BYTES, body: 'raw' },
    )
  },
}
