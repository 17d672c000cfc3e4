import type { QueryClient } from '@tanstack/react-query'
import { appointmentKeys } from './keys'

/**
 * After a booking, cancellation or move — or a refusal, which means the list on screen was stale — the
 * places left and the citizen's own list must be refetched. Not awaited: the page answers at once.
 */
export function refreshBookings(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: appointmentKeys.slotLists() })
  void queryClient.invalidateQueries({ queryKey: appointmentKeys.mine() })
}
