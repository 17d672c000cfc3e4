import * as v from 'valibot'

// ---------------------------------------------------------------------------------------------------------
// POST /uploads (multipart/form-data, one part named `file`): a material file, kept by the platform for the
// uploader only. Applications and 补正 cite it by `fileId`.
// ---------------------------------------------------------------------------------------------------------

/** 10 MB, counted as 10 × 1024 × 1024 bytes. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024

/** Checked on the bytes (magic numbers), not on the name the client sent. */
export const UPLOAD_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const

/** Pages of one material (the sides of a card, the pages of a contract), in an application, a draft or a 补正. */
export const MAX_FILES_PER_MATERIAL = 9

/** The multipart part the file travels in. */
export const UPLOAD_FIELD_NAME = 'file'

export const UploadSchema = v.object({
  fileId: v.string(),
  name: v.string(),
  size: v.number(),
  mime: v.picklist(UPLOAD_MIME_TYPES),
})
export type Upload = v.InferOutput<typeof UploadSchema>
