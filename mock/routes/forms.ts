import type { Feature } from '../framework/context'
import { ApiError } from '../framework/errors'
import { json } from '../framework/http'
import { findForm } from '../seed/forms'

/** GET /forms/{targetId}: the application form of an item, or the one merged form of a 一件事 (public). */
export const formsFeature: Feature = {
  name: 'forms',
  register(router) {
    router.get('/forms/:targetId', (req) => {
      const form = findForm(req.params.targetId)
      if (!form) throw new ApiError(404, 'NOT_FOUND', '没有找到这个事项的申请表')
      return json(200, form)
    })
  },
}
