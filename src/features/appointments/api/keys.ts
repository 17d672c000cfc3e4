/** Query-key factory: every appointments query key is built here, so invalidation cannot miss one. */
export const appointmentKeys = {
  all: ['appointments'] as const,
  window: () => [...appointmentKeys.all, 'window'] as const,
  services: () => [...appointmentKeys.all, 'services'] as const,
  calendar: (from: string, to: string) => [...appointmentKeys.all, 'calendar', from, to] as const,
  /** Every slot list: a booking, cancel or reschedule changes places left anywhere. */
  slotLists: () => [...appointmentKeys.all, 'slots'] as const,
  slots: (hallId: string, serviceId: string) => [...appointmentKeys.slotLists(), hallId, serviceId] as const,
  /** Everything about the citizen's own bookings (list and each one). */
  mine: () => [...appointmentKeys.all, 'mine'] as const,
  list: () => [...appointmentKeys.mine(), 'list'] as const,
  detail: (appointmentId: string) => [...appointmentKeys.mine(), 'detail', appointmentId] as const,
}
