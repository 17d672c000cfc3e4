// Public surface of the identity feature: pages and other features import from here only.
export { SmsLoginForm } from './components/SmsLoginForm'
export { WechatLogin } from './components/WechatLogin'
export { RealNameForm } from './components/RealNameForm'
export { AccountCard, REALNAME_ROUTE } from './components/AccountCard'
export { useMe } from './api/getMe'
export { useLogout } from './api/logout'
