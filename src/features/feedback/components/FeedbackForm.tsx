import { Picker, Text, View } from '@tarojs/components'
import { useRef } from 'react'
import {
  FEEDBACK_CONTENT_MAX_LENGTH,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  type FeedbackKind,
  FeedbackRequestSchema,
  type FeedbackTicket,
} from '@contract/api/feedback'
import { useHalls } from '@/shared/api/halls'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { useContractForm } from '@/shared/forms/useContractForm'
import { a11y } from '@/shared/ui/a11y'
import { Field } from '@/shared/ui/Field'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { TextAreaField } from '@/shared/ui/TextAreaField'
import { useCreateFeedback } from '../api/createFeedback'
import './feedback.scss'

const KIND_HINTS: Record<FeedbackKind, string> = {
  cannot_get_done: '说说想办什么事、卡在哪一步、窗口或页面怎么说的',
  complaint: '说说什么时候、在哪里、遇到了什么情况',
  suggestion: '说说哪里可以做得更好',
}

/**
 * 办不成事反映 (and complaints, suggestions) into the 12345 loop: what, where, how to reach the citizen,
 * optionally about one of their cases. The platform answers with a ticket number to quote on the phone.
 */
export function FeedbackForm(props: { caseId?: string; onFiled: (ticket: FeedbackTicket) => void }) {
  const form = useContractForm(FeedbackRequestSchema, {
    kind: 'cannot_get_done',
    content: '',
    hallId: '',
    place: '',
    caseId: props.caseId ?? '',
    contactName: '',
    contactPhone: '',
  })
  const halls = useHalls()
  const create = useCreateFeedback()
  const lastKey = useRef<{ body: string; key: string }>()
  const kind = form.values.kind as FeedbackKind
  const hallNames = ['不选择', ...(halls.data?.items.map((hall) => hall.name) ?? [])]
  const hallName = halls.data?.items.find((hall) => hall.id === form.values.hallId)?.name

  const submit = () => {
    const request = form.validateAll()
    if (!request) return
    const body = JSON.stringify(request)
    if (lastKey.current?.body !== body) lastKey.current = { body, key: newIdempotencyKey() }
    create.mutate(
      { request, idempotencyKey: lastKey.current.key },
      { onSuccess: props.onFiled, onError: form.showApiError },
    )
  }

  return (
    <View className="card">
      <Text className="field__label">反映类型</Text>
      <View className="feedback-kinds" {...a11y({ role: 'radiogroup', label: '反映类型' })}>
        {FEEDBACK_KINDS.map((k) => (
          <View
            key={k}
            className={`feedback-kind tap${k === kind ? ' feedback-kind--on' : ''}`}
            onClick={() => form.field('kind').onChange(k)}
            {...a11y({ role: 'radio', label: FEEDBACK_KIND_LABELS[k], checked: k === kind })}
          >
            {k === kind ? '✓ ' : ''}
            {FEEDBACK_KIND_LABELS[k]}
          </View>
        ))}
      </View>
      <TextAreaField
        {...form.field('content')}
        label="遇到了什么问题"
        hint={KIND_HINTS[kind]}
        maxLength={FEEDBACK_CONTENT_MAX_LENGTH}
      />
      <Text className="field__label">在哪个大厅</Text>
      <Picker
        mode="selector"
        range={hallNames}
        onChange={(event) => {
          const index = Number(event.detail.value)
          form.field('hallId').onChange(index > 0 ? (halls.data?.items[index - 1]?.id ?? '') : '')
        }}
      >
        <View className="feedback-picker tap" {...a11y({ role: 'button' })}>
          <Text>{hallName ?? '点此选择大厅（选填）'}</Text>
          <Text {...a11y({ hidden: true })}>›</Text>
        </View>
      </Picker>
      <Field
        {...form.field('place')}
        label="具体地点（选填）"
        placeholder="例如：3号综合窗口、网上办事"
        maxLength={50}
      />
      <Field
        {...form.field('contactName')}
        label="怎么称呼您（选填）"
        placeholder="例如：王先生"
        maxLength={20}
      />
      <Field
        {...form.field('contactPhone')}
        label="联系电话（选填）"
        hint="留空则用您登录的手机号联系您"
        type="tel"
        maxLength={11}
      />
      <FormError message={form.formError} />
      <Button className="tap primary-action" type="primary" block loading={create.isPending} onClick={submit}>
        提交反映
      </Button>
    </View>
  )
}
