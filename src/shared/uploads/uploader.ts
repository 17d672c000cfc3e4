import { useRef, useState } from 'react'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { Upload } from '@contract/api/uploads'
import { pickedFileProblem, uploadSizeProblem, uploadTypeProblem } from '@contract/rules/uploads'
import { messageOf } from '../api/errors'
import { uploadMaterial } from '../api/upload'
import { compressImage, type PickedFile } from '../platform/media'
import { compressionQuality } from './compression'
import { type UploadEvent, type UploadQueue, uploadQueue } from './queue'

/** Where a caller keeps its queue: in a store of its own (apply's session) or one per screen. */
export interface UploadQueueStore {
  current(): UploadQueue
  dispatch(event: UploadEvent): void
}

export interface Uploader {
  /** Checks, compresses and sends each file; answers why any was refused before sending. */
  add(materialId: string, picked: readonly PickedFile[]): Promise<string[]>
  retry(localId: string): void
  remove(localId: string): void
}

let sequence = 0

/**
 * Picked files → checked, compressed, uploaded with progress → handed to `onUploaded`. A failed upload stays
 * in the queue with its reason until the citizen retries or removes it.
 */
export function createUploader(
  store: UploadQueueStore,
  onUploaded: (materialId: string, file: Upload) => void,
): Uploader {
  const send = async (localId: string) => {
    const pending = store.current().find((u) => u.localId === localId)
    if (!pending) return
    try {
      const uploaded = await uploadMaterial({ path: pending.path, name: pending.name }, (progress) =>
        store.dispatch({ type: 'progress', localId, progress }),
      )
      // Removed while it was on its way: the citizen does not want it.
      if (!store.current().some((u) => u.localId === localId)) return
      store.dispatch({ type: 'finished', localId })
      onUploaded(pending.materialId, uploaded)
    } catch (error) {
      store.dispatch({ type: 'failed', localId, error: messageOf(error) })
    }
  }

  const add = async (materialId: string, picked: readonly PickedFile[]) => {
    const refusals: string[] = []
    const refuse = (problem: string) => {
      if (!refusals.includes(problem)) refusals.push(problem)
    }
    for (const chosen of picked) {
      const file = { ...chosen, name: chosen.name ?? chosen.path.split('/').pop() ?? '材料' }
      const quality = compressionQuality(file)
      // A photo to be compressed is judged on its size once compressed (a 50-megapixel shot is 12 MB).
      const problem = quality === undefined ? pickedFileProblem(file) : uploadTypeProblem(file.name)
      if (problem) {
        refuse(problem)
        continue
      }
      const localId = `local-${Date.now()}-${++sequence}`
      store.dispatch({ type: 'picked', upload: { localId, materialId, ...file } })
      const ready = quality === undefined ? file : await compressImage(file, quality)
      const stillTooBig = uploadSizeProblem(ready.size)
      if (stillTooBig) {
        store.dispatch({ type: 'removed', localId })
        refuse(stillTooBig)
        continue
      }
      store.dispatch({
        type: 'compressed',
        localId,
        path: ready.path,
        size: ready.size,
        name: ready.name ?? file.name,
      })
      await send(localId)
    }
    return refusals
  }

  const retry = (localId: string) => {
    store.dispatch({ type: 'retried', localId })
    void send(localId)
  }

  const remove = (localId: string) => store.dispatch({ type: 'removed', localId })

  return { add, retry, remove }
}

/**
 * An upload queue that lives as long as the component using it (the 补正 panel). `onUploaded` may change
 * between renders; the latest one is called.
 */
export function useUploadQueue(onUploaded: (materialId: string, file: Upload) => void): {
  queue: UploadQueue
  uploader: Uploader
} {
  const latest = useRef(onUploaded)
  latest.current = onUploaded
  const [{ store, uploader }] = useState(() => {
    const store: StoreApi<UploadQueue> = createStore<UploadQueue>(() => [])
    const uploader = createUploader(
      {
        current: store.getState,
        dispatch: (event) => store.setState(uploadQueue(store.getState(), event), true),
      },
      (materialId, file) => latest.current(materialId, file),
    )
    return { store, uploader }
  })
  return { queue: useStore(store), uploader }
}
