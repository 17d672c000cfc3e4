import type { SituationAnswers } from '@contract/api/catalog'

/**
 * The situation answers in the apply route's query (`answers=child_age:under1,born_in_province:yes`): question
 * ids and option values only, which say nothing about the citizen on their own; anything else is dropped.
 */
const TOKEN = /^[A-Za-z0-9_]{1,40}$/

export function encodeAnswers(answers: SituationAnswers): string {
  return Object.entries(answers)
    .filter(([question, value]) => TOKEN.test(question) && TOKEN.test(value))
    .map(([question, value]) => `${question}:${value}`)
    .join(',')
}

/** Takes the value as the router hands it over, decoded or not (H5 and weapp differ). */
export function decodeAnswers(param: string | undefined): SituationAnswers {
  const answers: SituationAnswers = {}
  let text = param ?? ''
  try {
    text = decodeURIComponent(text)
  } catch {
    return answers
  }
  for (const pair of text.split(',')) {
    const [question, value, extra] = pair.split(':')
    if (extra === undefined && question && value && TOKEN.test(question) && TOKEN.test(value)) {
      answers[question] = value
    }
  }
  return answers
}
