import { SubscribeDeclinedError } from '../platform/subscribe'

/** Why a platform call failed, in the terms a page needs to decide what to show. */
export type ApiErrorKind =
  | 'network' // no answer: offline, DNS, connection reset
  | 'timeout'
  | 'server' // 5xx
  | 'malformed' // an answer we cannot trust: not JSON, or not the contract's shape
  | 'unauthenticated' // login needed (refresh failed or no session)
  | 'rejected' // a 4xx the platform explained

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  readonly code: string
  /** Field key → plain-Chinese message, from 422 VALIDATION_FAILED. */
  readonly fieldErrors: Readonly<Record<string, string>>
  readonly retryAfterSeconds: number | undefined
  readonly details: Readonly<Record<string, unknown>>

  constructor(init: {
    kind: ApiErrorKind
    status?: number
    code: string
    message: string
    fieldErrors?: Record<string, string>
    retryAfterSeconds?: number
    details?: Record<string, unknown>
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status ?? 0
    this.code = init.code
    this.fieldErrors = init.fieldErrors ?? {}
    this.retryAfterSeconds = init.retryAfterSeconds
    this.details = init.details ?? {}
  }

  /** Trying the same thing again may work (as opposed to the citizen having to change something). */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'server' ||
      this.kind === 'malformed'
    )
  }
}

/** Messages for failures where the platform gave no usable explanation. Plain words, no codes. */
export const FALLBACK_MESSAGES: Record<Exclude<ApiErrorKind, 'rejected'>, string> = {
  network: '网络连接不上，请检查网络后重试。',
  timeout: '网络较慢，请求超时了，请稍后重试。',
  server: '服务暂时繁忙，请稍后再试。',
  malformed: '服务返回的数据有误，请稍后再试。',
  unauthenticated: '登录已过期，请重新登录。',
}

/**
 * No answer to a request: what to try, and — only when something was being sent — that what the citizen typed
 * is still there (a page that was only loading has nothing typed to reassure about).
 */
export function connectionFailureMessage(kind: 'network' | 'timeout', sending: boolean): string {
  return sending ? `${FALLBACK_MESSAGES[kind]}您填写的内容已保留。` : FALLBACK_MESSAGES[kind]
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError || error instanceof SubscribeDeclinedError) return error.message
  return '出了点问题，请稍后再试。'
}
