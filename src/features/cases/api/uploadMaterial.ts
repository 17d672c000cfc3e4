import { useMutation } from '@tanstack/react-query'
import * as v from 'valibot'
import {
  ApiErrorBodySchema,
  FieldErrorsSchema,
  MeSchema,
  type Upload,
  UPLOAD_FIELD_NAME,
  UploadSchema,
} from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { ApiError, FALLBACK_MESSAGES } from '@/shared/api/errors'
import { sessionStore } from '@/shared/api/session'
import { TransportError } from '@/shared/platform/request'
import { uploadFile } from '@/shared/platform/upload'

/** A photo over a slow county connection takes time. */
const UPLOAD_TIMEOUT_MS = 60_000

async function send(filePath: string) {
  const token = sessionStore.getState().accessToken
  try {
    return await uploadFile({
      url: `${API_BASE_URL}/uploads`,
      filePath,
      fieldName: UPLOAD_FIELD_NAME,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      timeoutMs: UPLOAD_TIMEOUT_MS,
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
 * POST /uploads with one picked file. Uploads travel through Taro.uploadFile, outside the JSON client, so
 * an expired token is renewed by one signed-in call through the client (which refreshes it) and the
 * upload is sent once more. The answer is validated like any other.
 */
export async function uploadMaterial(filePath: string): Promise<Upload> {
  let response = await send(filePath)
  if (response.status === 401) {
    await apiRequest({ method: 'GET', path: '/me', schema: MeSchema, auth: 'required' })
    response = await send(filePath)
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
    // "只能上传 JPG、PNG…" says more than the general "填写的信息有误".
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

export function useUploadMaterial() {
  return useMutation({ mutationFn: uploadMaterial })
}
