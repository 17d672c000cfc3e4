export { ElderModeSwitch } from './components/ElderModeSwitch'
export { PrivacySettings } from './components/PrivacySettings'
export { PrivacyPolicy } from './components/PrivacyPolicy'
