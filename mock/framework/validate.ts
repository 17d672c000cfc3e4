import * as v from 'valibot'

import { badRequest, validationFailed } from './errors'
import type { SimRequest } from './http'

const HAS_CHINESE = /[\u4e00-\u9fff]/

/**
 * Validates input against a contract schema and sorts the failures the way the contract asks:
 * a value of the wrong JSON type (or a body that is not an object at all) is a bug in the caller → 400;
 * a missing or semantically invalid value is the citizen's to fix → 422 with one message per field.
 */
export function parseWith<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input)
  if (result.success) return result.output

  const fields: Record<string, string> = {}
  for (const issue of result.issues) {
    const key = v.getDotPath(issue)
    const wrongType = issue.kind === 'schema' && issue.input !== undefined
    if (key === null || wrongType) throw badRequest()
    // Schemas in types/ carry Chinese messages; valibot's English defaults are never shown to a citizen.
    fields[key] ??= HAS_CHINESE.test(issue.message)
      ? issue.message
      : issue.input === undefined
        ? '此项为必填'
        : '填写内容不正确'
  }
  throw validationFailed(fields)
}

/** Contract bodies are JSON objects; valibot's object schemas would also take an array, so it is refused here. */
export function parseBody<TSchema extends v.GenericSchema>(
  req: SimRequest,
  schema: TSchema,
): v.InferOutput<TSchema> {
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) throw badRequest()
  return parseWith(schema, req.body)
}

/** Query strings have no types: every value is a string, and a repeated key keeps its last value. */
export function parseQuery<TSchema extends v.GenericSchema>(
  req: SimRequest,
  schema: TSchema,
): v.InferOutput<TSchema> {
  return parseWith(schema, Object.fromEntries(req.query))
}
