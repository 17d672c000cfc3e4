import type { SupplementMaterial, SupplementRequest } from '@contract/api/cases'
import { MAX_FILES_PER_MATERIAL, type Upload } from '@contract/api/uploads'

/**
 * What the citizen has uploaded for each material 补正 asked for, until they hand it in. Files are uploaded
 * one by one as they are picked (POST /uploads); the 补正 itself cites them by id.
 */
export type SupplementDraft = Readonly<Record<string, readonly Upload[]>>

export const emptyDraft: SupplementDraft = {}

export function withFile(draft: SupplementDraft, materialId: string, file: Upload): SupplementDraft {
  const files = draft[materialId] ?? []
  if (files.length >= MAX_FILES_PER_MATERIAL || files.some((f) => f.fileId === file.fileId)) {
    return draft
  }
  return { ...draft, [materialId]: [...files, file] }
}

export function withoutFile(draft: SupplementDraft, materialId: string, fileId: string): SupplementDraft {
  return { ...draft, [materialId]: (draft[materialId] ?? []).filter((f) => f.fileId !== fileId) }
}

/** The materials still without a file, by name. */
export function missingMaterials(draft: SupplementDraft, materials: readonly SupplementMaterial[]): string[] {
  return materials.filter((m) => (draft[m.materialId]?.length ?? 0) === 0).map((m) => m.name)
}

/** The request to hand in, or undefined while something is missing. */
export function supplementRequest(
  draft: SupplementDraft,
  materials: readonly SupplementMaterial[],
): SupplementRequest | undefined {
  if (missingMaterials(draft, materials).length > 0) return undefined
  return {
    materials: materials.map((m) => ({
      materialId: m.materialId,
      fileIds: (draft[m.materialId] ?? []).map((f) => f.fileId),
    })),
  }
}
