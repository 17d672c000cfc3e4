import Taro from '@tarojs/taro'

/** A one-time WeChat login code for POST /auth/wechat (weapp only). */
export async function getWechatLoginCode(): Promise<string> {
  const { code } = await Taro.login()
  if (!code) throw new Error('微信登录没有返回凭证')
  return code
}
