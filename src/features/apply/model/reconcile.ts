import type { Draft } from '@contract/api/drafts'

/**
 * Which draft the citizen continues with when the form opens. Nothing is ever replaced silently: a copy
 * from another device that is newer than this phone's is offered, and this phone's copy is only resumed
 * after the citizen says "继续填写".
 */
export type DraftOpening =
  /** Nothing saved: start from the answers the guide gave. */
  | { kind: 'fresh' }
  /** This phone's copy (and the platform's, if any, is not newer): offer 继续填写 / 重新开始. */
  | { kind: 'resume'; draft: Draft }
  /** The platform holds a newer copy (another device): offer it next to this phone's, if any. */
  | { kind: 'newer-elsewhere'; server: Draft; local: Draft | null }

const time = (draft: Draft) => Date.parse(draft.updatedAt)

export function openDraft(local: Draft | null, server: Draft | null): DraftOpening {
  if (server && (!local || time(server) > time(local))) return { kind: 'newer-elsewhere', server, local }
  if (local) return { kind: 'resume', draft: local }
  return { kind: 'fresh' }
}

/**
 * A newer copy appeared on the platform while the citizen is typing here (the background save was refused
 * with 409): offer it, unless it is the very copy already shown.
 */
export function isNewerElsewhere(current: Draft, server: Draft): boolean {
  return time(server) > time(current)
}
