import { createUploader, type Uploader } from '@/shared/uploads/uploader'
import { withFile } from '../model/draft'
import { dispatchUpload, sessionOf, updateDraft } from './applySession'

/**
 * The application's uploads: the queue lives in the session (so 下一步 knows a file is still on its way, and
 * an upload finishing after the citizen moved on still lands), and an uploaded file goes into the draft.
 */
export function useMaterialUpload(targetId: string): Uploader {
  return createUploader(
    { current: () => sessionOf(targetId).uploads, dispatch: (event) => dispatchUpload(targetId, event) },
    (materialId, uploaded) =>
      updateDraft(targetId, (draft, now) => withFile(draft, materialId, uploaded, now)),
  )
}
