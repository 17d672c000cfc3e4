import './shared/polyfills'
import { QueryClientProvider } from '@tanstack/react-query'
import { useLaunch } from '@tarojs/taro'
import { useState, type PropsWithChildren } from 'react'
import { forgetRecentSearches } from './features/guide/appShell'
import { onSessionExpired } from './shared/api/client'
import { connectQueryLifecycle, createQueryClient } from './shared/api/queryClient'
import { ensureSignedIn } from './shared/auth/requireLogin'
import { showToast } from './shared/platform/feedback'
import { onNeedPrivacyAuthorization } from './shared/platform/privacy'
import { secureStorage } from './shared/platform/secureStorage'
import { mirrorElderModeOnDocument } from './shared/preferences/elderDocument'
import { onConsentWithdrawn } from './shared/preferences/store'
import { pendingWechatPrivacy } from './shared/preferences/wechatPrivacy'
import './app.scss'
import './shared/ui/tabbar-h5.scss'

// 长辈版 for the H5 tab bar, which is outside every page's <Screen>: a class on <html> (nothing on weapp), set
// before the first render so the bar never shows standard sizes first.
mirrorElderModeOnDocument()

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient)

  useLaunch(() => {
    connectQueryLifecycle()
    onNeedPrivacyAuthorization((resolve) => pendingWechatPrivacy.setState({ resolve }))
    // PIPL: what this device keeps of the citizen goes with their consent (drafts, recent searches); the
    // privacy page signs them out.
    onConsentWithdrawn(() => {
      forgetRecentSearches()
      void secureStorage.clear()
    })
    onSessionExpired(() => {
      queryClient.clear()
      showToast('登录已过期，请重新登录')
      ensureSignedIn()
    })
  })

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

export default App
