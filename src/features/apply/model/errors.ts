/**
 * A 422 from POST /applications, sorted for the screens: field messages go next to their fields, material
 * messages on their material card, answer messages send the citizen back to the questions.
 */
export interface SortedErrors {
  /** The platform wants the separate consent to sensitive personal information (again). */
  consent?: string
  fields: Record<string, string>
  /** materialId → message */
  materials: Record<string, string>
  /** question id → message */
  answers: Record<string, string>
}

export function sortErrors(
  errors: Readonly<Record<string, string>>,
  fieldKeys: readonly string[],
): SortedErrors {
  const sorted: SortedErrors = { fields: {}, materials: {}, answers: {} }
  for (const [key, message] of Object.entries(errors)) {
    if (key === 'sensitiveConsent') sorted.consent = message
    else if (key.startsWith('materials.')) sorted.materials[key.slice('materials.'.length)] = message
    else if (key.startsWith('answers.')) sorted.answers[key.slice('answers.'.length)] = message
    else if (fieldKeys.includes(key)) sorted.fields[key] = message
    // A key the app does not know (targetId, a field of a newer form) is not one the citizen can fix here.
    else sorted.answers[key] = message
  }
  return sorted
}

/** Where the citizen goes to fix the first problem, in the order the pages come. */
export function firstStepToFix(sorted: SortedErrors): 'consent' | 'answers' | 'form' | 'materials' | null {
  if (sorted.consent !== undefined) return 'consent'
  if (Object.keys(sorted.answers).length > 0) return 'answers'
  if (Object.keys(sorted.fields).length > 0) return 'form'
  if (Object.keys(sorted.materials).length > 0) return 'materials'
  return null
}
