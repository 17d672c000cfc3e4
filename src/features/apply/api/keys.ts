/** Query-key factory: every apply query key is built here, so invalidation cannot miss one. */
export const applyKeys = {
  all: ['apply'] as const,
  form: (targetId: string) => [...applyKeys.all, 'form', targetId] as const,
  autofill: () => [...applyKeys.all, 'autofill'] as const,
  serverDraft: (targetId: string) => [...applyKeys.all, 'server-draft', targetId] as const,
  application: (applicationId: string) => [...applyKeys.all, 'application', applicationId] as const,
}
