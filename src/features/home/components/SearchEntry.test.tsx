import { render } from '@testing-library/react'
import { MAX_SYSTEM_FONT_SCALE, typeScaleFor } from '@/shared/preferences/fontScale'
import { cssPx, designPxOf, expand, pageContentWidth, ruleOf, textWidth } from '@/shared/testing/narrowPhone'
import { SearchEntry } from './SearchEntry'

describe('SearchEntry', () => {
  it('says what it is for on one line of a 360 px phone in 长辈版, at the largest system font too', () => {
    render(<SearchEntry route="/packages/guide/search/index" />)
    const text = document.querySelector('.search-entry__text')?.textContent ?? ''
    expect(text).toMatch(/搜索/)
    const entry = ruleOf('features/home/components/home.scss', '.search-entry')
    const [, right, , left] = expand(designPxOf(entry, 'padding'))
    const [border] = designPxOf(entry, 'border')
    const width = pageContentWidth() - cssPx(left + right + 2 * border)
    // The entry cuts its text with an ellipsis rather than wrap: all of it must fit.
    expect(textWidth(text, typeScaleFor(true, MAX_SYSTEM_FONT_SCALE).body)).toBeLessThanOrEqual(width)
  })
})
