export default definePageConfig({ navigationBarTitleText: '提供材料' })
