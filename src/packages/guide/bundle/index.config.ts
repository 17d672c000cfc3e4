export default definePageConfig({ navigationBarTitleText: '办事引导', enableShareAppMessage: true })
