export default definePageConfig({ navigationBarTitleText: '通通办' })
