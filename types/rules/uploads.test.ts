import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { UPLOAD_MAX_BYTES, UPLOAD_MIME_TYPES } from '../api/uploads'
import {
  ACCEPTED_FILES_HINT,
  fileExtension,
  pickedFileProblem,
  UPLOAD_EXTENSIONS,
  UPLOAD_REFUSALS,
  uploadSizeProblem,
  uploadTypeProblem,
} from './uploads'

describe('material files', () => {
  it('accepts JPG, PNG and PDF by name, in any case, up to exactly 10 MB', () => {
    for (const name of ['a.jpg', 'a.JPEG', 'scan.png', '出生医学证明.Pdf']) {
      assert.equal(pickedFileProblem({ name, size: UPLOAD_MAX_BYTES }), undefined, name)
    }
  })

  it('refuses other types, names without one, empty and oversized files, saying why', () => {
    assert.equal(pickedFileProblem({ name: 'scan.heic', size: 1000 }), UPLOAD_REFUSALS.type)
    assert.equal(pickedFileProblem({ name: 'photo', size: 1000 }), UPLOAD_REFUSALS.type)
    assert.equal(pickedFileProblem({ name: 'a.jpg.exe', size: 1000 }), UPLOAD_REFUSALS.type)
    assert.equal(pickedFileProblem({ name: 'a.jpg', size: 0 }), UPLOAD_REFUSALS.empty)
    assert.equal(pickedFileProblem({ name: 'a.pdf', size: UPLOAD_MAX_BYTES + 1 }), UPLOAD_REFUSALS.tooBig)
    assert.match(UPLOAD_REFUSALS.tooBig, /10MB/)
    assert.equal(uploadSizeProblem(1), undefined)
    assert.equal(uploadTypeProblem('a.PNG'), undefined)
    assert.equal(uploadTypeProblem('a.gif'), UPLOAD_REFUSALS.type)
  })

  it('tells the citizen the accepted types and size before they choose', () => {
    assert.equal(ACCEPTED_FILES_HINT, 'JPG、PNG、PDF，每个10MB以内')
  })

  it('names every type the contract accepts, and no other', () => {
    assert.deepEqual(Object.keys(UPLOAD_EXTENSIONS).sort(), [...UPLOAD_MIME_TYPES].sort())
    assert.equal(fileExtension('a.b.PNG'), 'png')
    assert.equal(fileExtension('noextension'), '')
  })
})
