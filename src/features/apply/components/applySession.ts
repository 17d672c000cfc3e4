import * as v from 'valibot'
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { SituationAnswers } from '@contract/api/catalog'
import { type Draft, DraftSchema } from '@contract/api/drafts'
import { ApiError } from '@/shared/api/errors'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { sessionStore } from '@/shared/api/session'
import { secureStorage } from '@/shared/platform/secureStorage'
import { type UploadEvent, type UploadQueue, uploadQueue } from '@/shared/uploads/queue'
import { deleteServerDraft } from '../api/deleteServerDraft'
import { getServerDraft } from '../api/getServerDraft'
import { saveServerDraft } from '../api/saveServerDraft'
import { isUntouched } from '../model/consent'
import { createDraft } from '../model/draft'
import { type DraftOpening, isNewerElsewhere, openDraft } from '../model/reconcile'
import { shanghaiIso } from '@contract/rules/calendar'

/**
 * One application being filled in, shared by the form, materials and check pages. Every change is written
 * at once to this device's encrypted storage and, a moment later, to the platform (PUT /drafts): leaving,
 * killing the app, losing the network or a failed submission keeps everything typed.
 */
export type SyncStatus = 'local' | 'saving' | 'saved' | 'offline'

export interface ApplySession {
  phase: 'opening' | 'choosing' | 'editing' | 'needs-answers' | 'filed'
  /** Once filed: the application, so a page reached by 返回 points to its confirmation. */
  filedId?: string
  draft?: Draft
  /** What to offer before editing: this device's copy, or a newer one from another device. */
  opening?: Exclude<DraftOpening, { kind: 'fresh' }>
  /** Found while editing: the platform holds a later copy (another device). Offered, never applied. */
  newerElsewhere?: Draft
  sync: SyncStatus
  /** Messages the platform sent back for the last submission (field key, materials.*, answers.*). */
  serverErrors: Record<string, string>
  uploads: UploadQueue
}

const EMPTY: ApplySession = { phase: 'opening', sync: 'local', serverErrors: {}, uploads: [] }

export const applyStore = createStore<Record<string, ApplySession>>(() => ({}))

export function sessionOf(targetId: string): ApplySession {
  return applyStore.getState()[targetId] ?? EMPTY
}

function patch(targetId: string, change: Partial<ApplySession>): void {
  applyStore.setState((all) => ({ ...all, [targetId]: { ...(all[targetId] ?? EMPTY), ...change } }))
}

export function useApplySession(targetId: string): ApplySession {
  return useStore(applyStore, (all) => all[targetId] ?? EMPTY)
}

const serverTimers = new Map<string, ReturnType<typeof setTimeout>>()

// ── This device's copy ──────────────────────────────────────────────────────────────────────────────────

/**
 * Drafts belong to the citizen signed in: on a phone a family shares, one member's draft (with their ID
 * numbers) is never offered to another.
 */
const storageKey = (targetId: string) =>
  `ttb.apply.draft.${sessionStore.getState().user?.id ?? 'guest'}.${targetId}`

// Another citizen signs in (or the session ends): nothing of the previous one's applications stays on screen.
let signedInAs = sessionStore.getState().user?.id
sessionStore.subscribe((state) => {
  if (state.user?.id === signedInAs) return
  signedInAs = state.user?.id
  for (const timer of serverTimers.values()) clearTimeout(timer)
  serverTimers.clear()
  applyStore.setState({}, true)
})

async function readLocal(targetId: string): Promise<Draft | null> {
  const raw = await secureStorage.read(storageKey(targetId))
  if (raw === undefined) return null
  try {
    const parsed: unknown = JSON.parse(raw)
    return v.is(DraftSchema, parsed) && parsed.targetId === targetId ? parsed : null
  } catch {
    return null
  }
}

// Writes go one after another, so a slow earlier write can never land after a later one.
let writes: Promise<unknown> = Promise.resolve()
function writeLocal(draft: Draft): Promise<unknown> {
  writes = writes.then(() =>
    secureStorage.write(storageKey(draft.targetId), JSON.stringify(draft)).catch(() => undefined),
  )
  return writes
}
function removeLocal(targetId: string): Promise<unknown> {
  writes = writes.then(() => secureStorage.remove(storageKey(targetId)).catch(() => undefined))
  return writes
}

// ── The platform's copy ─────────────────────────────────────────────────────────────────────────────────

/** A pause in typing before the background save, so a citizen typing a name sends one request, not ten. */
export const SERVER_SAVE_DELAY_MS = 1500

async function saveToPlatform(targetId: string): Promise<void> {
  const { draft } = sessionOf(targetId)
  if (!draft) return
  patch(targetId, { sync: 'saving' })
  try {
    const result = await saveServerDraft(draft)
    if (sessionOf(targetId).draft !== draft) return // changed meanwhile: the next save carries it
    if (result.kind === 'saved') {
      patch(targetId, { sync: 'saved' })
      return
    }
    const server = await getServerDraft(targetId)
    patch(targetId, {
      sync: 'local',
      newerElsewhere: server && isNewerElsewhere(draft, server) ? server : undefined,
    })
  } catch (error) {
    // Offline or the platform is busy: the device copy has it; the next change or a retry sends it.
    patch(targetId, { sync: error instanceof ApiError && error.kind === 'rejected' ? 'local' : 'offline' })
  }
}

function scheduleServerSave(targetId: string): void {
  clearTimeout(serverTimers.get(targetId))
  serverTimers.set(
    targetId,
    setTimeout(() => {
      serverTimers.delete(targetId)
      void saveToPlatform(targetId)
    }, SERVER_SAVE_DELAY_MS),
  )
}

/** Sends the draft now (the network is back after a failed background save). */
export function flushToPlatform(targetId: string): Promise<void> {
  clearTimeout(serverTimers.get(targetId))
  serverTimers.delete(targetId)
  return saveToPlatform(targetId)
}

// ── Opening and editing ─────────────────────────────────────────────────────────────────────────────────

const opening = new Map<string, Promise<void>>()

/**
 * Loads this device's copy and the platform's, then either starts editing (nothing saved) or waits for the
 * citizen to choose (继续填写 / 重新开始 / the newer copy). Pages call it on show; it runs once per session.
 */
export function openSession(targetId: string, routeAnswers: SituationAnswers): Promise<void> {
  if (sessionOf(targetId).phase !== 'opening') return Promise.resolve()
  const running = opening.get(targetId)
  if (running) return running
  const task = (async () => {
    const local = await readLocal(targetId)
    const server = await getServerDraft(targetId).catch(() => null)
    const decision = openDraft(local, server)
    if (decision.kind !== 'fresh') patch(targetId, { phase: 'choosing', opening: decision })
    else startOver(targetId, routeAnswers)
  })().finally(() => opening.delete(targetId))
  opening.set(targetId, task)
  return task
}

/** A new draft from the answers the guide gave (a new submission key too); without answers, back to the guide. */
export function startOver(targetId: string, answers: SituationAnswers): void {
  if (Object.keys(answers).length === 0) {
    patch(targetId, { phase: 'needs-answers', opening: undefined })
    return
  }
  const draft = createDraft(targetId, answers, newIdempotencyKey(), new Date())
  patch(targetId, {
    phase: 'editing',
    draft,
    opening: undefined,
    newerElsewhere: undefined,
    serverErrors: {},
  })
  void writeLocal(draft)
  void deleteServerDraft(targetId).catch(() => undefined)
}

/**
 * Continue with a copy (this device's, or the newer one from elsewhere). Choosing it is a change: it is
 * stamped now, so it becomes the latest copy on the platform too.
 */
export function continueWith(targetId: string, chosen: Draft): void {
  const draft = { ...chosen, updatedAt: shanghaiIso(new Date()) }
  patch(targetId, { phase: 'editing', draft, opening: undefined, newerElsewhere: undefined })
  void writeLocal(draft)
  scheduleServerSave(targetId)
}

/** Every change goes through here: the screen, this device's storage and (soon) the platform. */
export function updateDraft(targetId: string, change: (draft: Draft, now: Date) => Draft): void {
  const { draft } = sessionOf(targetId)
  if (!draft) return
  const next = change(draft, new Date())
  if (next === draft) return
  patch(targetId, { draft: next, sync: 'local' })
  void writeLocal(next)
  scheduleServerSave(targetId)
}

/**
 * 不同意 the separate consent: nothing goes to the platform (a pending background save is cancelled), and a
 * draft that holds nothing the citizen gave (only the guide's answers) is not kept on the device either. The
 * draft stays in memory, so "我再想想" can still agree on this page.
 */
export function declineConsent(targetId: string): void {
  clearTimeout(serverTimers.get(targetId))
  serverTimers.delete(targetId)
  const { draft } = sessionOf(targetId)
  if (draft && isUntouched(draft)) void removeLocal(targetId)
}

export function setServerErrors(targetId: string, serverErrors: Record<string, string>): void {
  patch(targetId, { serverErrors })
}

export function dispatchUpload(targetId: string, event: UploadEvent): void {
  patch(targetId, { uploads: uploadQueue(sessionOf(targetId).uploads, event) })
}

/** Filed: the draft is done here (the platform dropped its copy when it filed the application). */
export async function finishSession(targetId: string, applicationId: string): Promise<void> {
  clearTimeout(serverTimers.get(targetId))
  serverTimers.delete(targetId)
  patch(targetId, { ...EMPTY, phase: 'filed', filedId: applicationId })
  await removeLocal(targetId)
}
