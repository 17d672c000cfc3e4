import type { SupplementMaterial } from '@contract/api/cases'
import type { Upload } from '@contract/api/uploads'
import { emptyDraft, missingMaterials, supplementRequest, withFile, withoutFile } from './supplementDraft'

const MATERIALS: SupplementMaterial[] = [
  { materialId: 'm-a', name: '出生医学证明', reason: '' },
  { materialId: 'm-b', name: '结婚证', reason: '' },
]

const photo = (fileId: string): Upload => ({ fileId, name: `${fileId}.jpg`, size: 2048, mime: 'image/jpeg' })

describe('补正 draft', () => {
  it('is ready only when every material asked for has a file', () => {
    let draft = withFile(emptyDraft, 'm-a', photo('f1'))
    expect(missingMaterials(draft, MATERIALS)).toEqual(['结婚证'])
    expect(supplementRequest(draft, MATERIALS)).toBeUndefined()
    draft = withFile(draft, 'm-b', photo('f2'))
    draft = withFile(draft, 'm-a', photo('f3'))
    expect(supplementRequest(draft, MATERIALS)).toEqual({
      materials: [
        { materialId: 'm-a', fileIds: ['f1', 'f3'] },
        { materialId: 'm-b', fileIds: ['f2'] },
      ],
    })
    draft = withoutFile(draft, 'm-b', 'f2')
    expect(missingMaterials(draft, MATERIALS)).toEqual(['结婚证'])
  })

  it('takes at most 9 files per material, each once', () => {
    let draft = withFile(emptyDraft, 'm-a', photo('f0'))
    expect(withFile(draft, 'm-a', photo('f0'))).toBe(draft)
    for (let i = 1; i < 12; i++) draft = withFile(draft, 'm-a', photo(`f${i}`))
    expect(draft['m-a']).toHaveLength(9)
    expect(draft['m-b']).toBeUndefined()
  })
})
