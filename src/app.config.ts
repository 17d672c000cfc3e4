/** A tab with its icons, drawn by scripts/gen-tab-icons.mjs (WeChat's tab bar takes PNG or JPG files only). */
function tab(pagePath: string, text: string, icon: string) {
  return {
    pagePath,
    text,
    iconPath: `assets/tabbar/${icon}.png`,
    selectedIconPath: `assets/tabbar/${icon}-active.png`,
  }
}

export default defineAppConfig({
  // Tab pages stay in the main package; everything else lives in subpackages so the first load stays small.
  pages: ['pages/index/index', 'pages/services/index', 'pages/appointments/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/account',
      pages: ['login/index', 'realname/index', 'privacy/index'],
    },
    {
      root: 'packages/appointments',
      pages: ['book/index', 'ticket/index', 'reschedule/index'],
    },
    {
      root: 'packages/guide',
      pages: ['search/index', 'item/index', 'bundle/index'],
    },
    {
      root: 'packages/cases',
      pages: [
        'list/index',
        'detail/index',
        'lookup/index',
        'pending/index',
        'rate/index',
        'rating/index',
        'feedback/index',
        'tickets/index',
      ],
    },
    {
      root: 'packages/apply',
      pages: ['form/index', 'materials/index', 'check/index', 'done/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#1456c4',
    navigationBarTitleText: '通通办',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6fa',
  },
  tabBar: {
    color: '#4b5563',
    selectedColor: '#1456c4',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      tab('pages/index/index', '首页', 'home'),
      tab('pages/services/index', '办事', 'services'),
      tab('pages/appointments/index', '预约', 'appointments'),
      tab('pages/me/index', '我的', 'me'),
    ],
  },
  // Required by WeChat for privacy-protected APIs such as getLocation (预约: nearest hall first).
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于为您推荐最近的政务服务大厅' },
  },
  __usePrivacyCheck__: true,
})
