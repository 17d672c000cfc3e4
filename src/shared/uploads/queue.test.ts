/** @jest-environment node */
import { pendingFor, stillSending, uploadQueue, type UploadQueue } from './queue'

const picked = {
  localId: 'u1',
  materialId: 'm-parents-id-cards',
  name: 'id.jpg',
  path: 'blob:1',
  size: 5_000_000,
}

const compressed = (queue: UploadQueue) =>
  uploadQueue(queue, { type: 'compressed', localId: 'u1', path: 'blob:2', size: 900_000, name: 'id.jpg' })

describe('upload queue', () => {
  it('goes compressing → uploading with progress that never runs back → done', () => {
    let queue: UploadQueue = uploadQueue([], { type: 'picked', upload: picked })
    expect(queue[0]).toMatchObject({ status: 'compressing', progress: 0 })
    queue = compressed(queue)
    queue = uploadQueue(queue, { type: 'progress', localId: 'u1', progress: 0.6 })
    queue = uploadQueue(queue, { type: 'progress', localId: 'u1', progress: 0.4 })
    expect(queue[0]).toMatchObject({ status: 'uploading', progress: 0.6, size: 900_000, path: 'blob:2' })
    expect(uploadQueue(queue, { type: 'progress', localId: 'u1', progress: 1.7 })[0]?.progress).toBe(1)
    expect(uploadQueue(queue, { type: 'finished', localId: 'u1' })).toEqual([])
  })

  it('keeps a failed upload with its message until the citizen retries or removes it', () => {
    let queue = compressed(uploadQueue([], { type: 'picked', upload: picked }))
    queue = uploadQueue(queue, { type: 'failed', localId: 'u1', error: '网络连接不上' })
    expect(pendingFor(queue, 'm-parents-id-cards')[0]).toMatchObject({
      status: 'failed',
      error: '网络连接不上',
    })
    expect(pendingFor(queue, 'm-other')).toEqual([])
    queue = uploadQueue(queue, { type: 'retried', localId: 'u1' })
    expect(queue[0]).toMatchObject({ status: 'uploading', progress: 0, error: undefined })
    expect(uploadQueue(queue, { type: 'removed', localId: 'u1' })).toEqual([])
  })

  it('is still sending while a file is compressed or on its way, not while it waits after a failure', () => {
    expect(stillSending([])).toBe(false)
    let queue: UploadQueue = uploadQueue([], { type: 'picked', upload: picked })
    expect(stillSending(queue)).toBe(true)
    queue = compressed(queue)
    expect(stillSending(queue)).toBe(true)
    queue = uploadQueue(queue, { type: 'failed', localId: 'u1', error: '网络连接不上' })
    expect(stillSending(queue)).toBe(false)
  })
})
