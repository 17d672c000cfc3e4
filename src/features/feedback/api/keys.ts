/** Query-key factory: every feedback query key is built here, so invalidation cannot miss one. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  tickets: () => [...feedbackKeys.all, 'tickets'] as const,
}
