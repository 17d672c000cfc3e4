import { useState } from 'react'
import type * as v from 'valibot'
import { ApiError, messageOf } from '../api/errors'
import { validateField, validateFields, type FieldErrors } from './validate'

type ObjectSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>
type KeyOf<TSchema extends ObjectSchema> = Extract<keyof TSchema['entries'], string>

/**
 * Form state checked by a contract schema: messages on blur and on submit come from the same schema
 * the platform validates with, and a 422 from the platform lands on the same fields.
 */
export function useContractForm<TSchema extends ObjectSchema>(
  schema: TSchema,
  initial: Record<KeyOf<TSchema>, string>,
) {
  type Key = KeyOf<TSchema>
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<FieldErrors<Key>>({})
  const [formError, setFormError] = useState<string>()

  const update = (key: Key) => (value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }))
    setErrors((previous) => (previous[key] ? { ...previous, [key]: undefined } : previous))
  }

  const blur = (key: Key) => () => {
    if (values[key] !== '')
      setErrors((previous) => ({ ...previous, [key]: validateField(schema, key, values[key]) }))
  }

  /** Checks one field now (e.g. before sending an SMS code); true when it is valid. */
  const checkField = (key: Key): boolean => {
    const message = validateField(schema, key, values[key])
    setErrors((previous) => ({ ...previous, [key]: message }))
    return message === undefined
  }

  /** Validates everything; returns the parsed request or undefined after showing the messages. */
  const validateAll = (): v.InferOutput<TSchema> | undefined => {
    setFormError(undefined)
    const result = validateFields(schema, values)
    if (result.ok) return result.value
    setErrors(result.errors)
    return undefined
  }

  const showApiError = (error: unknown) => {
    if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
      setErrors(error.fieldErrors as FieldErrors<Key>)
    } else {
      setFormError(messageOf(error))
    }
  }

  const field = (key: Key) => ({
    name: key,
    value: values[key],
    onChange: update(key),
    onBlur: blur(key),
    error: errors[key],
  })

  return { values, errors, formError, setFormError, field, checkField, validateAll, showApiError }
}
