import { act, fireEvent, render, screen } from '@testing-library/react'
import { createMemoryStorage, setStorageBackend } from '../platform/storage'
import { PRIVACY_POLICY_VERSION, preferencesStore } from '../preferences/store'
import { Screen } from './Screen'

const storage = createMemoryStorage()
setStorageBackend(storage)

const freshPreferences = { elderMode: false, consent: null, declinedVersion: null }

beforeEach(() => {
  act(() => preferencesStore.setState(freshPreferences, true))
})

const root = () => document.querySelector('.screen') as HTMLElement

describe('Screen', () => {
  it('applies 长辈版 sizes as CSS variables on the page root', () => {
    act(() =>
      preferencesStore.setState({ consent: { version: PRIVACY_POLICY_VERSION, at: '2026-11-21T00:00:00Z' } }),
    )
    render(<Screen title="我的">内容</Screen>)
    expect(root().className).not.toContain('elder')
    expect(root().style.getPropertyValue('--fs-body')).toBe('16px')

    act(() => preferencesStore.setState({ elderMode: true }))
    expect(root().className).toContain('elder')
    expect(root().style.getPropertyValue('--fs-body')).toBe('19px')
    expect(root().style.getPropertyValue('--fs-title')).toBe('30px')
    expect(root().style.getPropertyValue('--tap')).toBe('60px')
  })

  it('asks for consent on first run and remembers a 不同意 without asking again', () => {
    render(<Screen title="首页">内容</Screen>)
    expect(screen.getByText('个人信息保护提示')).toBeTruthy()
    act(() => void fireEvent.click(screen.getByText('不同意')))
    expect(screen.queryByText('个人信息保护提示')).toBeNull()
    expect(preferencesStore.getState()).toMatchObject({
      consent: null,
      declinedVersion: PRIVACY_POLICY_VERSION,
    })
    expect(JSON.parse(storage.dump()['ttb.preferences.v1'] ?? '{}')).toMatchObject({
      declinedVersion: PRIVACY_POLICY_VERSION,
    })
  })

  it('records the policy version and time on 同意并继续', () => {
    render(<Screen title="首页">内容</Screen>)
    act(() => void fireEvent.click(screen.getByText('同意并继续')))
    expect(screen.queryByText('个人信息保护提示')).toBeNull()
    expect(preferencesStore.getState().consent?.version).toBe(PRIVACY_POLICY_VERSION)
  })

  it('asks again when the policy version changes', () => {
    act(() => preferencesStore.setState({ consent: { version: '2020-01', at: '2020-01-01T00:00:00Z' } }))
    render(<Screen title="首页">内容</Screen>)
    expect(screen.getByText('个人信息保护提示')).toBeTruthy()
  })
})
