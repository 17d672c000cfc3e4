import Taro from '@tarojs/taro'

/** Opens the dialer; on H5 Taro falls back to a tel: link. Failure (a tablet without phone) is silent. */
export function callPhone(phoneNumber: string): void {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}
