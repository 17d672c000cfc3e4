import assert from 'node:assert/strict'

import * as v from 'valibot'

import { SimCaseCreatedSchema } from '../../types/api/cases'
import type { Api } from './client'

/** Test support for cases, ratings and feedback: files, uploads and department moves over HTTP. */

/** The first bytes of a JPEG: enough for the platform to recognise the type. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

/** A multipart/form-data body with one file part, and its Content-Type header. */
export function multipart(file: { name: string; type: string; bytes: Buffer }, field = 'file') {
  const boundary = '----tongtongban-test-boundary'
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\n` +
      `Content-Type: ${file.type}\r\n\r\n`,
  )
  return {
    rawBody: Buffer.concat([head, file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

export function upload(api: Api, token: string, bytes: Buffer = JPEG, name = 'photo.jpg') {
  return api.request('POST', '/uploads', { token, ...multipart({ name, type: 'image/jpeg', bytes }) })
}

/** A case filed at a window for that phone, walked to `status` (default accepted). */
export async function simCase(api: Api, phone: string, itemId: string, status?: string) {
  const res = await api.post('/__sim/cases', status ? { phone, itemId, status } : { phone, itemId })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  assert.ok(v.is(SimCaseCreatedSchema, res.body))
  return res.body as { caseId: string; caseNo: string }
}

export function advance(api: Api, caseId: string, to: string, extra: object = {}) {
  return api.post(`/__sim/cases/${caseId}/advance`, { to, ...extra })
}

export async function setClock(api: Api, now: string) {
  const res = await api.post('/__sim/clock', { now })
  assert.equal(res.status, 200, JSON.stringify(res.body))
}
