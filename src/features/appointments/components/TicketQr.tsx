import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'
import { isWeapp } from '@/shared/platform/env'

/** What the hall's scanner reads: the appointment code and nothing personal. */
const ticketQrText = (code: string) => `TTB-YY:${code}`

const LABEL = '预约码二维码'

/**
 * The appointment code as a QR image. qrcode-generator draws a GIF data URL in plain JavaScript (no canvas),
 * which WeChat's <image> and the browser's <img> both show: one component for weapp and H5. Its name goes
 * where each reader looks: WeChat's aria-label, the H5 <img>'s alt.
 */
export function TicketQr(props: { code: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(ticketQrText(props.code))
    qr.make()
    return qr.createDataURL(8, 4)
  }, [props.code])
  const label = isWeapp ? { ariaRole: 'img', ariaLabel: LABEL } : { nativeProps: { alt: LABEL } }
  return <Image className="ticket__qr" src={src} mode="aspectFit" {...(label as Record<string, unknown>)} />
}
