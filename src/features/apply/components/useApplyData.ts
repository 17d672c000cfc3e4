import { useEffect, useMemo } from 'react'
import type { SituationAnswers } from '@contract/api/catalog'
import { prefillForm } from '@contract/rules/formAutofill'
import { useGuideEvaluation } from '@/shared/api/guideEvaluation'
import { isSignedIn, useSession } from '@/shared/api/session'
import { onNetworkChange } from '@/shared/platform/lifecycle'
import { useAutofill } from '../api/getAutofill'
import { useForm } from '../api/getForm'
import { consentStillNeeded } from '../model/consent'
import { withAnswers } from '../model/draft'
import { materialNeeds, withAutomaticLicenses } from '../model/materials'
import { flushToPlatform, openSession, sessionOf, updateDraft, useApplySession } from './applySession'

/**
 * Everything an apply page works from: the session (draft), the form, the citizen's autofill sources with
 * the prefills they give, and the materials to provide for the draft's answers. 电子证照 the citizen holds
 * are chosen for them as soon as both are known.
 */
export function useApplyData(targetId: string, routeAnswers: SituationAnswers) {
  const signedIn = useSession(isSignedIn)
  const session = useApplySession(targetId)
  const form = useForm(targetId)
  const autofill = useAutofill(signedIn)
  const checklist = useGuideEvaluation(targetId, session.draft?.answers)

  // Answers given again in the guide replace the draft's (the citizen just gave them); steps without answers
  // in their route leave them alone. Compared as text: the route gives a new object on every render.
  const answersKey = JSON.stringify(routeAnswers)
  // Nothing is changed in the draft (so nothing is saved to the platform) before the citizen has agreed to
  // the form's sensitive personal information: the gate shows the consent page until then.
  const editing =
    session.phase === 'editing' &&
    Boolean(form.data && session.draft && consentStillNeeded(form.data, session.draft).length === 0)
  // Opening runs once per session (openSession returns at once afterwards).
  useEffect(() => {
    if (signedIn && targetId) void openSession(targetId, JSON.parse(answersKey) as SituationAnswers)
  }, [signedIn, targetId, answersKey])

  useEffect(() => {
    const answers = JSON.parse(answersKey) as SituationAnswers
    if (editing && Object.keys(answers).length > 0) {
      updateDraft(targetId, (draft, now) => withAnswers(draft, answers, now))
    }
  }, [editing, answersKey, targetId])

  const prefills = useMemo(
    () => (form.data && autofill.data ? prefillForm(form.data, autofill.data) : {}),
    [form.data, autofill.data],
  )
  const needs = useMemo(
    () =>
      form.data && autofill.data && checklist.data
        ? materialNeeds(checklist.data.materials, form.data, autofill.data.licenses)
        : undefined,
    [form.data, autofill.data, checklist.data],
  )

  // Back online: what was kept on the device only goes to the platform now, not at the next keystroke.
  useEffect(
    () =>
      onNetworkChange((online) => {
        if (online && sessionOf(targetId).sync === 'offline') void flushToPlatform(targetId)
      }),
    [targetId],
  )

  useEffect(() => {
    if (needs && editing) updateDraft(targetId, (draft, now) => withAutomaticLicenses(draft, needs, now))
  }, [needs, editing, targetId])

  return { signedIn, session, form, autofill, checklist, prefills, needs }
}
