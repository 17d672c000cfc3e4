// The platform simulator's side of the H5 end-to-end tests: its API called directly, to set a scene up, to play
// the department, or to check what the platform recorded behind the screens.
import assert from 'node:assert/strict'
import { after, before } from 'node:test'
import { API_URL } from './browser.mjs'

/** One call to the simulator's /api/v1; the answer's status and parsed body (undefined when empty). */
export async function api(method, path, { body, token } = {}) {
  const res = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined }
}

/** A checksum-valid (GB 11643) ID number, for a test citizen to verify with: nobody else in this run holds it. */
export function newIdNumber() {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
  const first17 = `530602199001${day}${String(Math.floor(Math.random() * 1e3)).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

/** The test file runs with the simulator's clock at `now` (Zhaotong time); real time is put back afterwards. */
export function atSimulatedTime(now) {
  before(async () => {
    const res = await api('POST', '/__sim/clock', { body: { now } })
    assert.equal(res.status, 200, `/__sim/clock answered ${res.status} ${JSON.stringify(res.body)}`)
  })
  after(async () => {
    await api('POST', '/__sim/clock', { body: { now: new Date().toISOString() } })
  })
}
