import * as v from 'valibot'
import { ApiErrorBodySchema, FieldErrorsSchema } from '@contract/api/common'
import { MeSchema } from '@contract/api/identity'
import { type Upload, UPLOAD_FIELD_NAME, UploadSchema } from '@contract/api/uploads'
import { TransportError } from '../platform/request'
import { uploadFile } from '../platform/upload'
import { apiRequest } from './client'
import { ApiError, FALLBACK_MESSAGES } from './errors'
import { sessionStore } from './session'

/** A photo over a slow county connection takes time. */
const UPLOAD_TIMEOUT_MS = 60_000

export interface MaterialFile {
  /** A picked file's temporary path (weapp) or object URL (H5). */
  path: string
  /** The name the platform records; H5 object URLs have none of their own. */
  name?: string
}

async function send(file: MaterialFile, onProgress?: (fraction: number) => void) {
  const token = sessionStore.getState().accessToken
  try {
    return await uploadFile({
      url: `${API_BASE_URL}/uploads`,
      filePath: file.path,
      fileName: file.name,
      fieldName: UPLOAD_FIELD_NAME,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      timeoutMs: UPLOAD_TIMEOUT_MS,
      onProgress,
    })
  } catch (error) {
    const kind = error instanceof TransportError ? error.reason : 'network'
    throw new ApiError({ kind, code: kind.toUpperCase(), message: FALLBACK_MESSAGES[kind] })
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * POST /uploads with one material file (补正, applications), optionally reporting progress (0..1).
 * Uploads travel through Taro.uploadFile, outside the JSON client, so an expired token is renewed by one
 * signed-in call through the client (which refreshes it) and the file is sent once more. The answer is
 * validated like any other; a refusal carries the platform's reason ("只能上传 JPG、PNG…").
 */
export async function uploadMaterial(
  file: MaterialFile,
  onProgress?: (fraction: number) => void,
): Promise<Upload> {
  let response = await send(file, onProgress)
  if (response.status === 401) {
    await apiRequest({ method: 'GET', path: '/me', schema: MeSchema, auth: 'required' })
    response = await send(file, onProgress)
  }
  const body = parse(response.text)
  if (response.status >= 200 && response.status < 300 && v.is(UploadSchema, body)) return body
  if (response.status >= 500) {
    throw new ApiError({
      kind: 'server',
      status: response.status,
      code: 'SERVER_ERROR',
      message: FALLBACK_MESSAGES.server,
    })
  }
  if (response.status >= 400 && v.is(ApiErrorBodySchema, body)) {
    const fields = v.is(FieldErrorsSchema, body.details?.fields) ? body.details.fields : {}
    throw new ApiError({
      kind: response.status === 401 ? 'unauthenticated' : 'rejected',
      status: response.status,
      code: body.code,
      message: fields[UPLOAD_FIELD_NAME] ?? body.message,
      fieldErrors: fields,
    })
  }
  throw new ApiError({
    kind: 'malformed',
    status: response.status,
    code: 'MALFORMED_RESPONSE',
    message: FALLBACK_MESSAGES.malformed,
  })
}
