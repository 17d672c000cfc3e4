import * as v from 'valibot'

export type FieldErrors<TKey extends string = string> = Partial<Record<TKey, string>>

/**
 * Runs a contract schema on form values and returns the first plain-Chinese message per field,
 * so the app shows exactly what the platform would answer in its 422.
 */
export function validateFields<
  TSchema extends v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>,
>(
  schema: TSchema,
  values: Record<string, unknown>,
):
  | { ok: true; value: v.InferOutput<TSchema> }
  | { ok: false; errors: FieldErrors<Extract<keyof TSchema['entries'], string>> } {
  const result = v.safeParse(schema, values)
  if (result.success) return { ok: true, value: result.output }
  const errors: Record<string, string> = {}
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key
    if (typeof key === 'string' && !(key in errors)) errors[key] = issue.message
  }
  return { ok: false, errors: errors as FieldErrors<Extract<keyof TSchema['entries'], string>> }
}

/** Validates one field on blur, with the same messages as on submit. */
export function validateField<
  TSchema extends v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>,
>(schema: TSchema, key: Extract<keyof TSchema['entries'], string>, value: unknown): string | undefined {
  const fieldSchema = schema.entries[key] as v.GenericSchema
  const result = v.safeParse(fieldSchema, value)
  return result.success ? undefined : result.issues[0]?.message
}
