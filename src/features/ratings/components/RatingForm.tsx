import { Text, View } from '@tarojs/components'
import { useReducer, useRef, useState } from 'react'
import { type FieldErrors } from '@contract/api/common'
import {
  CHANNEL_OF_SUBJECT,
  RATING_COMMENT_MAX_LENGTH,
  type Rating,
  type RatingOptions,
  type RatingSubject,
  type PendingRating,
} from '@contract/api/ratings'
import { isBadRating } from '@contract/rules/ratings'
import { ApiError, messageOf } from '@/shared/api/errors'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { CardTitle } from '@/shared/ui/CardTitle'
import { ErrorSummary } from '@/shared/ui/ErrorSummary'
import { Button } from '@/shared/ui/nutui'
import { EmptyView, ErrorView, FormError, LoadingView } from '@/shared/ui/StatusView'
import { TextAreaField } from '@/shared/ui/TextAreaField'
import { useCreateRating } from '../api/createRating'
import { usePendingRatings } from '../api/getPendingRatings'
import { useRatingOptions } from '../api/getRatingOptions'
import {
  editRating,
  emptyRating,
  needsReasons,
  RATING_PARTS,
  ratingProblemList,
  ratingProblems,
  ratingRequest,
  type RatingDraft,
} from '../model/ratingDraft'
import { INDICATOR_SCORE_LABELS, rateBeforeWords } from '../model/ratingWords'
import './ratings.scss'

function Option(props: {
  label: string
  on: boolean
  bad?: boolean
  role: 'radio' | 'checkbox'
  onClick: () => void
}) {
  return (
    <View
      className={`rating-option tap${props.on ? ' rating-option--on' : ''}${props.bad ? ' rating-option--bad' : ''}`}
      onClick={props.onClick}
      {...a11y({ role: props.role, label: props.label, checked: props.on })}
    >
      {props.on ? '✓ ' : ''}
      {props.label}
    </View>
  )
}

function FieldMessage(props: { message: string | undefined }) {
  return props.message ? (
    <Text className="field__error" {...a11y({ role: 'alert' })}>
      {props.message}
    </Text>
  ) : null
}

function RatingFields(props: {
  options: RatingOptions
  draft: RatingDraft
  errors: FieldErrors
  onEdit: (edit: Parameters<typeof editRating>[1]) => void
}) {
  const { options, draft, errors, onEdit } = props
  return (
    <View>
      <View className="card rating-group">
        <CardTitle>{RATING_PARTS.level}</CardTitle>
        <View className="rating-options" {...a11y({ role: 'radiogroup', label: RATING_PARTS.level })}>
          {options.levels.map(({ level, label }) => (
            <Option
              key={level}
              role="radio"
              label={label}
              on={draft.level === level}
              bad={isBadRating(level)}
              onClick={() => onEdit({ type: 'level', level })}
            />
          ))}
        </View>
        <FieldMessage message={errors.level} />
      </View>

      {needsReasons(draft) ? (
        <View className="card rating-group">
          <CardTitle>{RATING_PARTS.reasons}（至少选一项）</CardTitle>
          <Text className="secondary">部门会逐条核实整改，并把结果告诉您。</Text>
          <View className="rating-options" {...a11y({ role: 'group', label: '不满意的原因' })}>
            {options.reasons.map((reason) => (
              <Option
                key={reason.id}
                role="checkbox"
                label={reason.label}
                on={draft.reasons.includes(reason.id)}
                onClick={() => onEdit({ type: 'reason', id: reason.id })}
              />
            ))}
          </View>
          <FieldMessage message={errors.reasons} />
        </View>
      ) : null}

      <View className="card rating-group">
        <CardTitle>分项评价（选填）</CardTitle>
        {options.indicators.map((indicator) => (
          <View key={indicator.id} className="rating-indicator">
            <Text>{indicator.label}</Text>
            <View className="rating-chips" {...a11y({ role: 'radiogroup', label: indicator.label })}>
              {[5, 4, 3, 2, 1].map((score) => {
                const on = draft.indicators[indicator.id] === score
                return (
                  <View
                    key={score}
                    className={`rating-chip tap${on ? ' rating-chip--on' : ''}`}
                    onClick={() => onEdit({ type: 'indicator', id: indicator.id, score })}
                    {...a11y({
                      role: 'radio',
                      label: `${indicator.label}${INDICATOR_SCORE_LABELS[score]}`,
                      checked: on,
                    })}
                  >
                    {on ? '✓ ' : ''}
                    {INDICATOR_SCORE_LABELS[score]}
                  </View>
                )
              })}
            </View>
            <FieldMessage message={errors[`indicators.${indicator.id}`]} />
          </View>
        ))}
      </View>

      <View className="card">
        <TextAreaField
          name="comment"
          label={`${RATING_PARTS.comment}（选填）`}
          value={draft.comment}
          onChange={(text) => onEdit({ type: 'comment', text })}
          maxLength={RATING_COMMENT_MAX_LENGTH}
          error={errors.comment}
          placeholder={needsReasons(draft) ? '说说遇到了什么问题，便于部门核实' : '说说您的感受'}
        />
      </View>
    </View>
  )
}

/**
 * What stops the rating, named where the citizen tapped 提交评价: the field's own message can be screens up
 * (长辈版, a 差评's reasons above the 分项 scores), so the summary says which part and what to do there.
 */
function ProblemSummary(props: { problems: string[] }) {
  if (props.problems.length === 0) return null
  return (
    <ErrorSummary title={`还不能提交，有${props.problems.length}处需要修改（在上方）`}>
      {props.problems.map((problem) => (
        <Text key={problem} className="error-summary__item">
          {`! ${problem}`}
        </Text>
      ))}
    </ErrorSummary>
  )
}

function subjectMatches(item: PendingRating, subject: RatingSubject) {
  return item.subject.type === subject.type && item.subject.id === subject.id
}

/**
 * 好差评 of one case (一事一评) or visit (一次一评): five levels, then for a 差评 the reasons (required) —
 * the same checks as the platform's, messages beside the choices. Only what is still open to rating can
 * be rated; anything else says why and where to look.
 */
export function RatingForm(props: { subject: RatingSubject | undefined; onRated: (rating: Rating) => void }) {
  const { subject } = props
  const options = useRatingOptions(subject ? CHANNEL_OF_SUBJECT[subject.type] : 'online')
  const pending = usePendingRatings()
  const [draft, dispatch] = useReducer(editRating, emptyRating)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const create = useCreateRating()
  const lastKey = useRef<{ body: string; key: string }>()

  const toMine = { label: '查看我的评价', onClick: () => openRoute(ROUTES.ratingsPending) }
  if (!subject) return <EmptyView message="没有指定要评价的事项。" action={toMine} />
  const failed = options.error ?? pending.error
  if (failed && (!options.data || !pending.data)) {
    return (
      <ErrorView
        error={failed}
        onRetry={() => {
          void options.refetch()
          void pending.refetch()
        }}
      />
    )
  }
  if (!options.data || !pending.data) return <LoadingView />
  const item = pending.data.items.find((p) => subjectMatches(p, subject))
  if (!item) {
    return (
      <EmptyView message="这件事已经评价过，或者还不能评价（办结后5个工作日内可以评价）。" action={toMine} />
    )
  }

  const edit = (change: Parameters<typeof editRating>[1]) => {
    dispatch(change)
    setErrors({})
    setFormError(undefined)
  }

  const submit = () => {
    const problems = ratingProblems(options.data, draft)
    if (Object.keys(problems).length > 0 || draft.level === null) {
      setErrors(problems)
      return
    }
    const request = ratingRequest(subject, { ...draft, level: draft.level })
    const body = JSON.stringify(request)
    if (lastKey.current?.body !== body) lastKey.current = { body, key: newIdempotencyKey() }
    create.mutate(
      { request, idempotencyKey: lastKey.current.key },
      {
        onSuccess: props.onRated,
        onError: (error) => {
          if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
            setErrors(error.fieldErrors)
          else setFormError(messageOf(error))
        },
      },
    )
  }

  return (
    <View>
      <View className="card rating-facts">
        <Text className="rating-headline">{item.title}</Text>
        <Text className="secondary">
          {item.subject.type === 'case' ? '办件编号' : '预约码'} {item.reference}
        </Text>
        <Text className="secondary">{item.department}</Text>
        <Text>{rateBeforeWords(item.rateBefore)}</Text>
      </View>
      <RatingFields options={options.data} draft={draft} errors={errors} onEdit={edit} />
      <ProblemSummary problems={ratingProblemList(options.data, errors)} />
      <FormError message={formError} />
      <Button className="tap primary-action" type="primary" block loading={create.isPending} onClick={submit}>
        提交评价
      </Button>
    </View>
  )
}
