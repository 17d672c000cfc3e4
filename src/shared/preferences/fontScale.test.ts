/** @jest-environment node */
import { ELDER_SCALE, MAX_SYSTEM_FONT_SCALE, STANDARD_SCALE, typeScaleFor, typeScaleStyle } from './fontScale'

describe('typeScaleFor', () => {
  it('meets the MIIT elder-mode minimums (body ≥ 18, titles ≥ 30, targets ≥ 60, line height ≥ 1.3)', () => {
    const scale = typeScaleFor(true, 1)
    expect(scale.body).toBeGreaterThanOrEqual(18)
    expect(scale.secondary).toBeGreaterThanOrEqual(18)
    expect(scale.title).toBeGreaterThanOrEqual(30)
    expect(scale.touchTarget).toBeGreaterThanOrEqual(60)
    expect(scale.lineHeight).toBeGreaterThanOrEqual(1.3)
  })

  it('keeps 44 px targets in standard mode', () => {
    expect(typeScaleFor(false, 1)).toEqual(STANDARD_SCALE)
  })

  it("follows WeChat's larger font setting in either mode, capped so layouts hold", () => {
    expect(typeScaleFor(false, 1.25).body).toBe(20)
    expect(typeScaleFor(true, 1.25).title).toBe(38)
    expect(typeScaleFor(true, 5).body).toBe(Math.round(ELDER_SCALE.body * MAX_SYSTEM_FONT_SCALE))
  })

  it('never shrinks text below the mode minimum for a small or broken system factor', () => {
    expect(typeScaleFor(true, 0.8)).toEqual(ELDER_SCALE)
    expect(typeScaleFor(true, Number.NaN)).toEqual(ELDER_SCALE)
  })

  it('exposes the scale as CSS variables', () => {
    expect(typeScaleStyle(ELDER_SCALE)).toMatchObject({
      '--fs-body': '19px',
      '--fs-title': '30px',
      '--tap': '60px',
    })
  })
})
