/** Query-key factory: every identity query key is built here, so invalidation cannot miss one. */
export const identityKeys = {
  all: ['identity'] as const,
  me: () => [...identityKeys.all, 'me'] as const,
}
