import type { SupplementMaterial } from '@contract/api/cases'
import {
  emptyDraft,
  filesLeft,
  missingMaterials,
  pickedFileProblem,
  supplementRequest,
  withFile,
  withoutFile,
} from './supplementDraft'

const MATERIALS: SupplementMaterial[] = [
  { materialId: 'm-a', name: '出生医学证明', reason: '' },
  { materialId: 'm-b', name: '结婚证', reason: '' },
]

describe('补正 draft', () => {
  it('is ready only when every material asked for has a file', () => {
    let draft = withFile(emptyDraft, 'm-a', { fileId: 'f1', name: '1.jpg' })
    expect(missingMaterials(draft, MATERIALS)).toEqual(['结婚证'])
    expect(supplementRequest(draft, MATERIALS)).toBeUndefined()
    draft = withFile(draft, 'm-b', { fileId: 'f2', name: '2.jpg' })
    draft = withFile(draft, 'm-a', { fileId: 'f3', name: '3.jpg' })
    expect(supplementRequest(draft, MATERIALS)).toEqual({
      materials: [
        { materialId: 'm-a', fileIds: ['f1', 'f3'] },
        { materialId: 'm-b', fileIds: ['f2'] },
      ],
    })
    draft = withoutFile(draft, 'm-b', 'f2')
    expect(missingMaterials(draft, MATERIALS)).toEqual(['结婚证'])
  })

  it('takes at most 9 files per material', () => {
    let draft = emptyDraft
    for (let i = 0; i < 12; i++) draft = withFile(draft, 'm-a', { fileId: `f${i}`, name: `${i}.jpg` })
    expect(draft['m-a']).toHaveLength(9)
    expect(filesLeft(draft, 'm-a')).toBe(0)
    expect(filesLeft(draft, 'm-b')).toBe(9)
  })

  it('refuses empty and oversized photos before uploading them', () => {
    expect(pickedFileProblem({ size: 0 })).toMatch(/空的/)
    expect(pickedFileProblem({ size: 10 * 1024 * 1024 + 1 })).toMatch(/10MB/)
    expect(pickedFileProblem({ size: 2_000_000 })).toBeUndefined()
  })
})
