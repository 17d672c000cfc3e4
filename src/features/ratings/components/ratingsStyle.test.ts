import path from 'node:path'
import { compile } from 'sass'
import { ELDER_SCALE } from '@/shared/preferences/fontScale'

// The 分项 chips as RatingForm renders them, styled by the app's own SCSS (jsdom has no layout, so the test
// reads the rules that decide it: five 60 px chips never fit one row of a 360 px phone in 长辈版).
const css = compile(path.join(__dirname, 'ratings.scss')).css

beforeAll(() => {
  const style = document.createElement('style')
  style.textContent = css
  document.head.append(style)
})

function renderChips(elder: boolean) {
  document.body.innerHTML = `
    <div class="screen${elder ? ' elder' : ''}"><div class="rating-chips">
      ${['很好', '较好', '一般', '较差', '很差'].map((w) => `<div class="rating-chip tap">${w}</div>`).join('')}
    </div></div>`
  const chips = document.querySelector('.rating-chips') as HTMLElement
  return { chips: getComputedStyle(chips), chip: getComputedStyle(chips.firstElementChild as HTMLElement) }
}

describe('分项 score chips', () => {
  it('in 长辈版 are a grid of three equal columns (3 + 2), not a wrapping row that leaves 很差 alone', () => {
    const { chips, chip } = renderChips(true)
    expect(chips.display).toBe('grid')
    expect(chips.gridTemplateColumns).toBe('repeat(3, 1fr)')
    expect(chip.justifyContent).toBe('center')
    // Targets and text keep the elder sizes: the .tap minimum is var(--tap) and the text var(--fs-secondary),
    // which no 长辈版 chip rule overrides.
    const elderRules = css.match(/\.screen\.elder \.rating-chips?\s*\{[^}]*\}/g) ?? []
    expect(elderRules).toHaveLength(2)
    for (const rule of elderRules) expect(rule).not.toMatch(/font-size|min-height|min-width|height:|width:/)
    expect(ELDER_SCALE.secondary).toBeGreaterThanOrEqual(18)
    expect(ELDER_SCALE.touchTarget).toBeGreaterThanOrEqual(60)
  })

  it('stay one row of pills in the standard mode, where five 44 px chips fit', () => {
    const { chips } = renderChips(false)
    expect(chips.display).toBe('flex')
  })
})
