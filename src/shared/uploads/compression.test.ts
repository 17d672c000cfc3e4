/** @jest-environment node */
import { compressionQuality } from './compression'

describe('compression before upload', () => {
  it('sends small images and every PDF as they are, and compresses big photos harder', () => {
    expect(compressionQuality({ name: 'a.jpg', size: 400 * 1024 })).toBeUndefined()
    expect(compressionQuality({ name: 'a.png', size: 400 * 1024 + 1 })).toBe(80)
    expect(compressionQuality({ name: 'a.jpg', size: 2 * 1024 * 1024 })).toBe(80)
    expect(compressionQuality({ name: 'a.JPG', size: 6 * 1024 * 1024 })).toBe(60)
    expect(compressionQuality({ name: 'scan.PDF', size: 6 * 1024 * 1024 })).toBeUndefined()
  })
})
