import type { Appointment } from '@contract/api/appointments'
import { monthDayText } from '@contract/rules/calendar'
import { clockOf } from './time'

export type StatusTone = 'active' | 'done' | 'muted' | 'warning'

/** What the citizen is told about an appointment's state, in words (the tone only colours it). */
export function statusOf(appointment: Appointment): { text: string; tone: StatusTone } {
  switch (appointment.status) {
    case 'cancelled':
      return { text: '已取消', tone: 'muted' }
    case 'attended':
      return { text: '已到场办理', tone: 'done' }
    case 'no_show':
      return { text: '未到场', tone: 'warning' }
    case 'booked':
      return appointment.upcoming
        ? { text: '已预约', tone: 'active' }
        : { text: '已过预约时间', tone: 'muted' }
  }
}

/** Still to come, by the platform's clock (which lists these first, soonest first), then the rest. */
export function splitMine(items: readonly Appointment[]) {
  return { upcoming: items.filter((a) => a.upcoming), past: items.filter((a) => !a.upcoming) }
}

/** K7PM 3QXA — in two groups of four, easier to read out at the window. */
export function codeText(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code
}

/**
 * Who will come to the hall, labelled so the value is never a bare 本人: 办事人 · 本人 张**, or
 * 办事人（帮办代办）· 李**（5306**********0041）.
 */
export function applicantLine(applicant: Appointment['applicant']): { label: string; value: string } {
  if (applicant.kind === 'self') {
    return { label: '办事人', value: applicant.name ? `本人 ${applicant.name}` : '本人' }
  }
  return {
    label: '办事人（帮办代办）',
    value: `${applicant.name}${applicant.idNumberMasked ? `（${applicant.idNumberMasked}）` : ''}`,
  }
}

/** 将在11月22日 19:00 通过短信提醒您 */
export function reminderText(reminder: NonNullable<Appointment['reminder']>): string {
  const channel = reminder.channel === 'wechat' ? '微信消息' : '短信'
  return `将在${monthDayText(reminder.remindAt.slice(0, 10))} ${clockOf(reminder.remindAt)}通过${channel}提醒您`
}

/** 预约开始前2小时（11月23日 16:00）前可取消或改约 */
export function changeDeadlineText(appointment: Appointment): string {
  const until = appointment.changeableUntil
  return `${monthDayText(until.slice(0, 10))} ${clockOf(until)}前可取消或改约`
}
