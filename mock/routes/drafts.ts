import { type Draft, DraftSchema } from '../../types/api/drafts'
import type { Feature } from '../framework/context'
import { ApiError, validationFailed } from '../framework/errors'
import { json, noContent } from '../framework/http'
import { getOwn } from '../framework/records'
import { parseBody } from '../framework/validate'
import { findForm } from '../seed/forms'
import { requireCitizen } from './identity'

/** The platform's copy of each citizen's unfinished applications: citizen id → target id → draft. */
export interface DraftsState {
  byCitizen: Record<string, Record<string, Draft>>
}

/** Enough for every 一件事 a family could have under way; more is a misbehaving client. */
const MAX_DRAFTS_PER_CITIZEN = 50

const notFound = () => new ApiError(404, 'NOT_FOUND', '没有保存的草稿')

/** Called when an application is filed: its draft is done. */
export function deleteDraft(state: DraftsState, citizenId: string, targetId: string): void {
  const drafts = getOwn(state.byCitizen, citizenId)
  if (drafts) delete drafts[targetId]
}

export const draftsFeature: Feature = {
  name: 'drafts',
  register(router, ctx) {
    router.get('/drafts/:targetId', (req) => {
      const citizen = requireCitizen(ctx, req)
      const draft = getOwn(getOwn(ctx.state.drafts.byCitizen, citizen.id) ?? {}, req.params.targetId)
      if (!draft) throw notFound()
      return json(200, draft)
    })

    router.put('/drafts/:targetId', (req) => {
      const citizen = requireCitizen(ctx, req)
      const { targetId } = req.params
      if (!findForm(targetId)) throw new ApiError(404, 'NOT_FOUND', '没有找到这个事项的申请表')
      const draft = parseBody(req, DraftSchema)
      if (draft.targetId !== targetId) throw validationFailed({ targetId: '草稿与要办的事项不一致' })

      const drafts = (ctx.state.drafts.byCitizen[citizen.id] ??= {})
      const stored = getOwn(drafts, targetId)
      // Last write wins by the time the citizen made the change, not by arrival: a slow save from an old
      // session must not overwrite what they typed since on another device.
      if (stored && Date.parse(stored.updatedAt) > Date.parse(draft.updatedAt)) {
        throw new ApiError(409, 'CONFLICT', '另一台设备上保存了更新的内容', { updatedAt: stored.updatedAt })
      }
      // Nothing in the draft is wrong: the citizen's drafts are full — a state conflict, with the limit
      // (no `updatedAt`, so the app does not take it for a newer copy elsewhere).
      if (!stored && Object.keys(drafts).length >= MAX_DRAFTS_PER_CITIZEN) {
        throw new ApiError(
          409,
          'CONFLICT',
          `草稿最多保存${MAX_DRAFTS_PER_CITIZEN}份，请先提交或删除不用的草稿`,
          { maxDrafts: MAX_DRAFTS_PER_CITIZEN },
        )
      }
      drafts[targetId] = draft
      return json(200, draft)
    })

    router.delete('/drafts/:targetId', (req) => {
      const citizen = requireCitizen(ctx, req)
      deleteDraft(ctx.state.drafts, citizen.id, req.params.targetId)
      return noContent()
    })
  },
}
