import { act } from '@testing-library/react'
import type { AuthTokens } from '@contract/api'
import type { Appointment, Slot } from '@contract/api/appointments'
import { nodeHttpTransport, type TestPlatform } from '@/shared/testing/simulator'

/** Component tests' side door to the simulator: other citizens, and bookings made outside the page. */
export const ID_CARD = 'i-id-card-renewal'

let phoneSeq = 0
export async function newCitizen(platform: TestPlatform): Promise<AuthTokens> {
  phoneSeq += 1
  return (await platform.sim('/__sim/login', {
    phone: `1390000${String(phoneSeq).padStart(4, '0')}`,
  })) as AuthTokens
}

/** 市民之家's 居民身份证换领 slots on one date. */
export async function slotsOn(platform: TestPlatform, date: string): Promise<Slot[]> {
  return (await platform.sim(
    `/slots?hallId=hall-city&serviceId=${ID_CARD}&from=${date}&to=${date}`,
    undefined,
    'GET',
  )) as Slot[]
}

export async function slotAt(platform: TestPlatform, date: string, time: string): Promise<Slot> {
  const slot = (await slotsOn(platform, date)).find((s) => s.start === `${date}T${time}:00+08:00`)
  if (!slot) throw new Error(`no slot ${date} ${time}`)
  return slot
}

export async function bookAs(
  platform: TestPlatform,
  tokens: AuthTokens,
  slotId: string,
): Promise<Appointment> {
  const response = await nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))({
    url: '/api/v1/appointments',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.accessToken}` },
    body: { slotId, serviceId: ID_CARD },
    timeoutMs: 5000,
  })
  if (response.status !== 201) throw new Error(`booking failed: ${response.status} ${response.text}`)
  return JSON.parse(response.text) as Appointment
}

/** Something happening on the platform while the page is open (another citizen booking…): the page may re-render. */
export function meanwhile<T>(work: () => Promise<T>): Promise<T> {
  return act(work)
}

/**
 * The <SlotWhen> that reads exactly `text` (明天 11月19日 周四 18:00–18:30): its day and its time range are
 * separate elements, so getByText cannot find the whole.
 */
export function slotWhen(text: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('.slot-when')].find((el) => el.textContent === text)
}
