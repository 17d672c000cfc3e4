import Taro from '@tarojs/taro'
import { type HttpResponse, responseText, transportFailure } from './request'

export interface UploadRequest {
  url: string
  /** A picked file's temporary path (weapp) or object URL (H5), as media.ts returns it. */
  filePath: string
  /** The multipart part the file travels in. */
  fieldName: string
  headers: Record<string, string>
  timeoutMs: number
  /** The name the platform records (H5 object URLs have none of their own). */
  fileName?: string
  /** Share of the bytes sent so far, 0..1. */
  onProgress?: (fraction: number) => void
}

/**
 * Sends one local file as multipart/form-data (weapp and H5). Answers the status and body as text, like
 * request.ts, so the caller validates it; no answer at all is a TransportError.
 */
export async function uploadFile(request: UploadRequest): Promise<HttpResponse> {
  const startedAt = Date.now()
  try {
    const task = Taro.uploadFile({
      url: request.url,
      filePath: request.filePath,
      name: request.fieldName,
      header: request.headers,
      timeout: request.timeoutMs,
      ...(request.fileName ? { fileName: request.fileName } : {}),
    })
    const { onProgress } = request
    if (onProgress) task.progress((update) => onProgress(update.progress / 100))
    const response = await task
    return { status: response.statusCode, text: responseText(response.data) }
  } catch (error) {
    throw transportFailure(error, startedAt, request.timeoutMs)
  }
}
