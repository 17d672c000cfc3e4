import {
  applicantLine,
  changeDeadlineText,
  codeText,
  reminderText,
  splitMine,
  statusOf,
} from './myAppointments'
import { appointment } from './testFixtures'

describe('my appointments', () => {
  it('says each state in words; a booking the platform says is over is no longer “已预约”', () => {
    expect(statusOf(appointment())).toEqual({ text: '已预约', tone: 'active' })
    expect(statusOf(appointment({ upcoming: false }))).toEqual({ text: '已过预约时间', tone: 'muted' })
    expect(statusOf(appointment({ status: 'attended', upcoming: false })).text).toBe('已到场办理')
    expect(statusOf(appointment({ status: 'no_show', upcoming: false })).text).toBe('未到场')
    expect(statusOf(appointment({ status: 'cancelled', upcoming: false })).text).toBe('已取消')
  })

  it('splits upcoming from past in the platform’s order', () => {
    const a = appointment({ appointmentId: 'a1' })
    const b = appointment({ appointmentId: 'a2', status: 'cancelled', upcoming: false })
    const c = appointment({ appointmentId: 'a3', upcoming: false })
    const { upcoming, past } = splitMine([a, b, c])
    expect(upcoming.map((x) => x.appointmentId)).toEqual(['a1'])
    expect(past.map((x) => x.appointmentId)).toEqual(['a2', 'a3'])
  })

  it('writes the code, the applicant, the reminder and the cut-off for the ticket', () => {
    expect(codeText('K7PM3QXA')).toBe('K7PM 3QXA')
    // The value always comes with a label saying what it is: a bare 本人 told the citizen nothing.
    expect(applicantLine(appointment().applicant)).toEqual({ label: '办事人', value: '本人 张**' })
    expect(applicantLine({ ...appointment().applicant, name: '' })).toEqual({
      label: '办事人',
      value: '本人',
    })
    expect(
      applicantLine({
        kind: 'proxy',
        name: '李**',
        idNumberMasked: '5306**********0041',
        phoneMasked: '135****5678',
      }),
    ).toEqual({ label: '办事人（帮办代办）', value: '李**（5306**********0041）' })
    expect(reminderText({ remindAt: '2026-11-22T19:00:00+08:00', channel: 'sms' })).toBe(
      '将在11月22日 19:00通过短信提醒您',
    )
    expect(reminderText({ remindAt: '2026-11-23T16:00:00+08:00', channel: 'wechat' })).toBe(
      '将在11月23日 16:00通过微信消息提醒您',
    )
    expect(changeDeadlineText(appointment())).toBe('11月23日 16:00前可取消或改约')
  })
})
