import { useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { Application } from '@contract/api/applications'
import { openRoute, replaceRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { decodeAnswers } from '@/shared/answersParam'
import { applicationQueryOptions } from '../api/getApplication'
import { doneRoute, stepRoute } from '../routes'
import { ApplyGate, type ApplyContext } from './ApplyGate'
import { finishSession } from './applySession'
import { CheckStep } from './CheckStep'
import { Confirmation } from './Confirmation'
import { FormStep } from './FormStep'
import { MaterialsStep } from './MaterialsStep'

/** What an apply page gets from its route and from the page that composes it. */
export interface ApplyPageProps {
  targetId: string
  /** The route's `answers` (question:value,…), present when coming from the guide. */
  answers?: string
  /** Opens real-name verification (the identity feature's page). */
  onNeedRealName: () => void
}

/** The form, materials and check steps stand behind the same gate, told the answers the route carries. */
function StepGate(props: ApplyPageProps & { children: (context: ApplyContext) => ReactNode }) {
  return (
    <ApplyGate
      targetId={props.targetId}
      routeAnswers={decodeAnswers(props.answers)}
      onNeedRealName={props.onNeedRealName}
    >
      {props.children}
    </ApplyGate>
  )
}

export function ApplyFormPage(props: ApplyPageProps) {
  return (
    <StepGate {...props}>
      {(context) => (
        <FormStep context={context} onNext={() => openRoute(stepRoute('materials', props.targetId))} />
      )}
    </StepGate>
  )
}

export function ApplyMaterialsPage(props: ApplyPageProps) {
  return (
    <StepGate {...props}>
      {(context) => (
        <MaterialsStep context={context} onNext={() => openRoute(stepRoute('check', props.targetId))} />
      )}
    </StepGate>
  )
}

export function ApplyCheckPage(props: ApplyPageProps) {
  const queryClient = useQueryClient()
  const filed = (application: Application) => {
    queryClient.setQueryData(applicationQueryOptions(application.applicationId).queryKey, application)
    void finishSession(props.targetId, application.applicationId)
    replaceRoute(doneRoute(application.applicationId))
  }
  return (
    <StepGate {...props}>
      {(context) => (
        <CheckStep
          context={context}
          onEdit={(step) => openRoute(stepRoute(step, props.targetId))}
          onChangeAnswers={() => openRoute(withQuery(ROUTES.guideBundle, { id: props.targetId }))}
          onFiled={filed}
          onOpenCases={() => openRoute(ROUTES.cases)}
        />
      )}
    </StepGate>
  )
}

export function ApplyDonePage(props: { applicationId: string }) {
  return (
    <Confirmation
      applicationId={props.applicationId}
      onOpenCase={(caseId) => openRoute(withQuery(ROUTES.caseDetail, { id: caseId }))}
      onOpenCases={() => openRoute(ROUTES.cases)}
      onHome={() => openRoute(ROUTES.home)}
    />
  )
}
