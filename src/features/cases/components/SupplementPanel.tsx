import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { MAX_FILES_PER_MATERIAL } from '@contract/api/uploads'
import { messageOf } from '@/shared/api/errors'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { showToast } from '@/shared/platform/feedback'
import { a11y } from '@/shared/ui/a11y'
import { CardTitle } from '@/shared/ui/CardTitle'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { MaterialUploads } from '@/shared/uploads/MaterialUploads'
import { pendingFor, stillSending } from '@/shared/uploads/queue'
import { useUploadQueue } from '@/shared/uploads/uploader'
import { useSubmitSupplement } from '../api/submitSupplement'
import type { SupplementAction } from '../model/caseView'
import { dateWords } from '../model/dates'
import {
  emptyDraft,
  missingMaterials,
  supplementRequest,
  withFile,
  withoutFile,
} from '../model/supplementDraft'

/**
 * 补齐补正 on the case page: each missing material with the department's reason, photos or files picked,
 * compressed and uploaded with progress (a failed one retried or removed), then handed in together. The case
 * returns to processing at once.
 */
export function SupplementPanel(props: { caseId: string; action: SupplementAction; today: string }) {
  const { materials } = props.action
  const [draft, setDraft] = useState(emptyDraft)
  const [problem, setProblem] = useState<string>()
  const { queue, uploader } = useUploadQueue((materialId, file) =>
    setDraft((current) => withFile(current, materialId, file)),
  )
  const submit = useSubmitSupplement()
  const request = supplementRequest(draft, materials)
  // One key per distinct hand-in: a retry of the same files reuses it, a changed selection gets a new one.
  const lastKey = useRef<{ body: string; key: string }>()
  const missing = missingMaterials(draft, materials)
  // 补正 is handed in once: a file that did not arrive is settled (重试 or 删除) before, not left behind.
  const waiting = stillSending(queue)
    ? '还有文件正在上传，请稍等'
    : queue.length > 0
      ? '有文件没有上传成功，请重试或删除后再提交'
      : undefined

  const handIn = () => {
    if (!request || waiting) return
    setProblem(undefined)
    const body = JSON.stringify(request)
    if (lastKey.current?.body !== body) lastKey.current = { body, key: newIdempotencyKey() }
    submit.mutate(
      { caseId: props.caseId, request, idempotencyKey: lastKey.current.key },
      {
        onSuccess: () => showToast('补正材料已提交，恢复办理'),
        onError: (error) => setProblem(messageOf(error)),
      },
    )
  }

  return (
    <View className="card supplement" {...a11y({ role: 'region', label: '需要补正的材料' })}>
      <CardTitle>需要补正的材料</CardTitle>
      <Text>{props.action.note}</Text>
      {props.action.dueDate ? (
        <Text className="case-todo">请在{dateWords(props.action.dueDate, props.today)}前上传</Text>
      ) : null}
      {materials.map((material) => (
        <View
          key={material.materialId}
          className="supplement__material"
          {...a11y({ role: 'group', label: material.name })}
        >
          <Text className="timeline__node">{material.name}</Text>
          <Text className="secondary">{material.reason}</Text>
          <MaterialUploads
            materialId={material.materialId}
            materialName={material.name}
            files={draft[material.materialId] ?? []}
            pending={pendingFor(queue, material.materialId)}
            uploader={uploader}
            onRemoveFile={(fileId) =>
              setDraft((current) => withoutFile(current, material.materialId, fileId))
            }
            maxFiles={MAX_FILES_PER_MATERIAL}
          />
        </View>
      ))}
      <FormError message={problem} />
      {missing.length > 0 ? <Text className="secondary">还需要上传：{missing.join('、')}</Text> : null}
      {waiting ? <Text className="secondary">{waiting}</Text> : null}
      <Button
        className="tap primary-action"
        type="primary"
        block
        loading={submit.isPending}
        disabled={!request || waiting !== undefined || submit.isPending}
        onClick={handIn}
      >
        提交补正材料
      </Button>
    </View>
  )
}
