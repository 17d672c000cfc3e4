import { messageOf } from '@/shared/api/errors'
import { uploadMaterial } from '@/shared/api/upload'
import { showToast } from '@/shared/platform/feedback'
import { compressImage, type PickedFile } from '@/shared/platform/media'
import { withFile } from '../model/draft'
import { compressionQuality, pickedFileProblem } from '../model/materials'
import { dispatchUpload, sessionOf, updateDraft } from './applySession'

let sequence = 0

/**
 * Picked files → checked, compressed, uploaded with progress → into the draft. A failed upload stays on the
 * card with its reason until the citizen retries or removes it.
 */
export function useMaterialUpload(targetId: string) {
  const send = async (localId: string) => {
    const pending = sessionOf(targetId).uploads.find((u) => u.localId === localId)
    if (!pending) return
    try {
      const uploaded = await uploadMaterial({ path: pending.path, name: pending.name }, (progress) =>
        dispatchUpload(targetId, { type: 'progress', localId, progress }),
      )
      // Removed while it was on its way: the citizen does not want it.
      if (!sessionOf(targetId).uploads.some((u) => u.localId === localId)) return
      dispatchUpload(targetId, { type: 'finished', localId })
      updateDraft(targetId, (draft, now) => withFile(draft, pending.materialId, uploaded, now))
    } catch (error) {
      dispatchUpload(targetId, { type: 'failed', localId, error: messageOf(error) })
    }
  }

  const add = async (materialId: string, picked: PickedFile[]) => {
    for (const chosen of picked) {
      const file = { ...chosen, name: chosen.name ?? chosen.path.split('/').pop() ?? '材料' }
      const problem = pickedFileProblem(file)
      if (problem) {
        showToast(problem)
        continue
      }
      const localId = `local-${Date.now()}-${++sequence}`
      dispatchUpload(targetId, { type: 'picked', upload: { localId, materialId, ...file } })
      const quality = compressionQuality(file)
      const ready = quality === undefined ? file : await compressImage(file, quality)
      dispatchUpload(targetId, {
        type: 'compressed',
        localId,
        path: ready.path,
        size: ready.size,
        name: ready.name ?? file.name,
      })
      await send(localId)
    }
  }

  const retry = (localId: string) => {
    dispatchUpload(targetId, { type: 'retried', localId })
    void send(localId)
  }

  const remove = (localId: string) => dispatchUpload(targetId, { type: 'removed', localId })

  return { add, retry, remove }
}
