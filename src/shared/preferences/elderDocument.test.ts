import { ELDER_DOCUMENT_CLASS, mirrorElderModeOnDocument } from './elderDocument'
import { preferencesStore, setElderMode } from './store'

const html = document.documentElement

afterEach(() => {
  html.classList.remove(ELDER_DOCUMENT_CLASS)
  preferencesStore.setState({ elderMode: false })
})

describe('长辈版 on <html> (for the H5 tab bar, which is outside every page)', () => {
  it('is set at once from the stored choice and follows the switch until stopped', () => {
    preferencesStore.setState({ elderMode: true })
    const stop = mirrorElderModeOnDocument()
    expect(html.classList.contains(ELDER_DOCUMENT_CLASS)).toBe(true)

    setElderMode(false)
    expect(html.classList.contains(ELDER_DOCUMENT_CLASS)).toBe(false)
    setElderMode(true)
    expect(html.classList.contains(ELDER_DOCUMENT_CLASS)).toBe(true)

    stop()
    setElderMode(false)
    expect(html.classList.contains(ELDER_DOCUMENT_CLASS)).toBe(true)
  })

  it('is not the pages’ own `.elder`, so a page never looks elder because the document is', () => {
    expect(ELDER_DOCUMENT_CLASS).not.toBe('elder')
  })

  it('touches nothing on weapp, whose tab bar is WeChat’s own', () => {
    const taroEnv = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      jest.isolateModules(() => {
        const { preferencesStore: store } = jest.requireActual<typeof import('./store')>('./store')
        const { mirrorElderModeOnDocument: mirror } =
          jest.requireActual<typeof import('./elderDocument')>('./elderDocument')
        store.setState({ elderMode: true })
        mirror()
        store.setState({ elderMode: false })
        store.setState({ elderMode: true })
      })
    } finally {
      process.env.TARO_ENV = taroEnv
    }
    expect(html.classList.contains(ELDER_DOCUMENT_CLASS)).toBe(false)
  })
})
