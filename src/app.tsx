import './shared/polyfills'
import { QueryClientProvider } from '@tanstack/react-query'
import { useLaunch } from '@tarojs/taro'
import { useState, type PropsWithChildren } from 'react'
import { onSessionExpired } from './shared/api/client'
import { connectQueryLifecycle, createQueryClient } from './shared/api/queryClient'
import { ensureSignedIn } from './shared/auth/requireLogin'
import { showToast } from './shared/platform/feedback'
import { onNeedPrivacyAuthorization } from './shared/platform/privacy'
import { pendingWechatPrivacy } from './shared/preferences/wechatPrivacy'
import './app.scss'
import './shared/ui/tabbar-h5.scss'

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient)

  useLaunch(() => {
    connectQueryLifecycle()
    onNeedPrivacyAuthorization((resolve) => pendingWechatPrivacy.setState({ resolve }))
    onSessionExpired(() => {
      queryClient.clear()
      showToast('登录已过期，请重新登录')
      ensureSignedIn()
    })
  })

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

export default App
