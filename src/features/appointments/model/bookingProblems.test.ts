import { bookingProblem, type FailedCall } from './bookingProblems'
import { slot } from './testFixtures'

function failed(overrides: Partial<FailedCall>): FailedCall {
  return {
    status: 409,
    code: 'CONFLICT',
    message: '出错了',
    details: {},
    fieldErrors: {},
    retryable: false,
    ...overrides,
  }
}

describe('bookingProblem', () => {
  it('takes the alternatives out of SLOT_FULL, and survives details it cannot read', () => {
    const alternatives = [slot('2026-11-23', '18:00', 'evening', 2)]
    expect(
      bookingProblem(failed({ code: 'SLOT_FULL', message: '约满了', details: { alternatives } })),
    ).toEqual({
      kind: 'slot_full',
      message: '约满了',
      alternatives,
    })
    expect(bookingProblem(failed({ code: 'SLOT_FULL', details: { alternatives: 'x' } }))).toMatchObject({
      kind: 'slot_full',
      alternatives: [],
    })
  })

  it('offers the existing booking on DUPLICATE_APPOINTMENT only when the platform names it', () => {
    expect(
      bookingProblem(
        failed({ code: 'DUPLICATE_APPOINTMENT', details: { date: '2026-11-23', appointmentId: 'a-1' } }),
      ),
    ).toMatchObject({ kind: 'duplicate', appointmentId: 'a-1' })
    expect(
      bookingProblem(failed({ code: 'DUPLICATE_APPOINTMENT', details: { date: '2026-11-23' } })),
    ).toMatchObject({
      kind: 'duplicate',
      appointmentId: undefined,
    })
  })

  it('sorts the other refusals by what the citizen can do', () => {
    expect(
      bookingProblem(
        failed({ status: 403, code: 'BOOKING_RESTRICTED', details: { restrictedUntil: '2026-12-23' } }),
      ),
    ).toMatchObject({ kind: 'restricted', until: '2026-12-23' })
    expect(
      bookingProblem(failed({ status: 422, code: 'OUTSIDE_BOOKING_WINDOW', message: '只能预约…' })),
    ).toEqual({
      kind: 'choose_again',
      message: '只能预约…',
    })
    expect(
      bookingProblem(
        failed({
          status: 422,
          code: 'VALIDATION_FAILED',
          fieldErrors: {
            'applicant.idNumber': '校验位不正确，请核对',
            'applicant.phone': '请输入正确的11位手机号',
          },
        }),
      ),
    ).toEqual({
      kind: 'applicant',
      fields: { idNumber: '校验位不正确，请核对', phone: '请输入正确的11位手机号' },
    })
    expect(
      bookingProblem(
        failed({ status: 422, code: 'VALIDATION_FAILED', fieldErrors: { slotId: '没有这个预约时段' } }),
      ),
    ).toEqual({ kind: 'choose_again', message: '没有这个预约时段' })
    expect(
      bookingProblem(failed({ status: 503, code: 'SERVICE_UNAVAILABLE', retryable: true })),
    ).toMatchObject({
      kind: 'other',
      retryable: true,
    })
  })
})
