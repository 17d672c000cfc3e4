/**
 * Files on their way to the platform, per material: compressed, uploaded with progress, retried or removed
 * by the citizen. Uploaded files leave the queue for whatever cites them (an application draft, a 补正); a
 * file still on its way does not survive a restart — its local copy is gone with the page — and the
 * material simply shows what did arrive.
 */
export type UploadStatus = 'compressing' | 'uploading' | 'failed'

export interface PendingUpload {
  localId: string
  materialId: string
  name: string
  /** The picked file's local path (weapp temp path, H5 object URL). */
  path: string
  size: number
  status: UploadStatus
  /** 0..1 while uploading. */
  progress: number
  error?: string
}

export type UploadQueue = readonly PendingUpload[]

export type UploadEvent =
  | { type: 'picked'; upload: Omit<PendingUpload, 'status' | 'progress'> }
  | { type: 'compressed'; localId: string; path: string; size: number; name: string }
  | { type: 'progress'; localId: string; progress: number }
  | { type: 'failed'; localId: string; error: string }
  | { type: 'retried'; localId: string }
  | { type: 'finished'; localId: string }
  | { type: 'removed'; localId: string }

const update = (queue: UploadQueue, localId: string, change: Partial<PendingUpload>): UploadQueue =>
  queue.map((u) => (u.localId === localId ? { ...u, ...change } : u))

export function uploadQueue(queue: UploadQueue, event: UploadEvent): UploadQueue {
  switch (event.type) {
    case 'picked':
      return [...queue, { ...event.upload, status: 'compressing', progress: 0 }]
    case 'compressed':
      return update(queue, event.localId, {
        path: event.path,
        size: event.size,
        name: event.name,
        status: 'uploading',
      })
    case 'progress': {
      const current = queue.find((u) => u.localId === event.localId)
      // Progress never runs backwards on screen (a retried chunk, an out-of-order callback).
      if (!current || current.status !== 'uploading' || event.progress <= current.progress) return queue
      return update(queue, event.localId, { progress: Math.min(event.progress, 1) })
    }
    case 'failed':
      return update(queue, event.localId, { status: 'failed', error: event.error })
    case 'retried':
      return update(queue, event.localId, { status: 'uploading', progress: 0, error: undefined })
    case 'finished':
    case 'removed':
      return queue.filter((u) => u.localId !== event.localId)
  }
}

export function pendingFor(queue: UploadQueue, materialId: string): PendingUpload[] {
  return queue.filter((u) => u.materialId === materialId)
}

/** Something is still being compressed or sent (a failed file waits for the citizen instead). */
export function stillSending(queue: UploadQueue): boolean {
  return queue.some((u) => u.status !== 'failed')
}
