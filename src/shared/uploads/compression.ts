import { fileExtension } from '@contract/rules/uploads'

/**
 * How hard to compress a photo before upload (a phone photo is 3–8 MB; a clear document needs far less):
 * undefined = send as is (small images, PDFs).
 */
export function compressionQuality(file: { name: string; size: number }): number | undefined {
  if (fileExtension(file.name) === 'pdf' || file.size <= 400 * 1024) return undefined
  if (file.size <= 2 * 1024 * 1024) return 80
  return 60
}
