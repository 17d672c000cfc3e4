import { withoutFillers } from './fillers'
import { synonymVariants } from './searchIndex'

describe('fillers', () => {
  test('are taken out of colloquial phrases, keeping the content words', () => {
    expect(withoutFillers('退休了要办什么')).toBe('退休')
    expect(withoutFillers('驾照快到期了怎么办')).toBe('驾照快到期')
    expect(withoutFillers('请问护照在哪里办理')).toBe('护照')
  })

  test('leave words alone that only contain a filler-like character', () => {
    expect(withoutFillers('驾驶证补办')).toBe('驾驶证补办')
    expect(withoutFillers('开办餐饮店')).toBe('开办餐饮店')
  })

  test('are kept when there is nothing else', () => {
    expect(withoutFillers('怎么办')).toBe('怎么办')
  })
})

describe('synonym variants', () => {
  test('spell a text with each other member of its synonym groups, one word at a time', () => {
    const texts = synonymVariants('机动车驾驶证期满换证').map((variant) => variant.text)
    expect(texts).toEqual(expect.arrayContaining(['机动车驾照期满换证', '机动车驾驶证到期换证']))
    expect(texts).not.toContain('机动车驾驶证期满换证')
  })

  test('say where the substituted word sits', () => {
    const licence = synonymVariants('机动车驾驶证期满换证').find((variant) =>
      variant.text.startsWith('机动车驾照'),
    )
    expect(licence).toMatchObject({ insertStart: 3, insertEnd: 5 })
  })

  test('never read a one-character member inside catalog text (开 in 公开 is not 开办)', () => {
    expect(synonymVariants('政府信息公开申请').map((variant) => variant.text)).not.toContain(
      '政府信息公开办申请',
    )
    expect(synonymVariants('公开')).toEqual([])
  })
})
