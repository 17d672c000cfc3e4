import type { ApiErrorBody, ErrorCode, FieldErrors } from '../../types/api/common'

/**
 * A contract error. Handlers throw it; the dispatcher turns it into `{code, message, details?}`. The message
 * is shown to the citizen as is, so it is plain Chinese and never technical.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

const STATUS_DEFAULTS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'BAD_REQUEST', message: '请求格式不正确' },
  401: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' },
  403: { code: 'FORBIDDEN', message: '暂无权限办理此业务' },
  404: { code: 'NOT_FOUND', message: '没有找到相关内容' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持此操作' },
  409: { code: 'CONFLICT', message: '当前状态不允许此操作，请刷新后重试' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '提交的内容格式不正确' },
  422: { code: 'VALIDATION_FAILED', message: '填写的信息有误，请按提示修改' },
  429: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' },
  500: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' },
  503: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后再试' },
}

/** The error for a bare status (framework checks, injected faults) when nothing more specific applies. */
export function errorForStatus(status: number, details?: Record<string, unknown>): ApiError {
  const known = STATUS_DEFAULTS[status] ?? STATUS_DEFAULTS[status >= 500 ? 503 : 400]
  return new ApiError(status, known.code, known.message, details)
}

export function badRequest(message = STATUS_DEFAULTS[400].message): ApiError {
  return new ApiError(400, 'BAD_REQUEST', message)
}

export function validationFailed(fields: FieldErrors, message = STATUS_DEFAULTS[422].message): ApiError {
  return new ApiError(422, 'VALIDATION_FAILED', message, { fields })
}

export function unauthenticated(): ApiError {
  return errorForStatus(401)
}

export function tooManyRequests(
  retryAfterSeconds: number,
  code: ErrorCode = 'RATE_LIMITED',
  message = STATUS_DEFAULTS[429].message,
): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
  return new ApiError(429, code, message, { retryAfterSeconds: seconds }, { 'Retry-After': String(seconds) })
}
