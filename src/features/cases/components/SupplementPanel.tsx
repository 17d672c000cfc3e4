import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { messageOf } from '@/shared/api/errors'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { uploadMaterial } from '@/shared/api/upload'
import { showToast } from '@/shared/platform/feedback'
import { pickImages } from '@/shared/platform/media'
import { a11y } from '@/shared/ui/a11y'
import { CardTitle } from '@/shared/ui/CardTitle'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { useSubmitSupplement } from '../api/submitSupplement'
import type { SupplementAction } from '../model/caseView'
import { dateWords } from '../model/dates'
import {
  emptyDraft,
  filesLeft,
  missingMaterials,
  pickedFileProblem,
  supplementRequest,
  withFile,
  withoutFile,
} from '../model/supplementDraft'

/**
 * 补齐补正 on the case page: each missing material with the department's reason, photos taken or picked
 * and uploaded one by one, then handed in together. The case returns to processing at once.
 */
export function SupplementPanel(props: { caseId: string; action: SupplementAction; today: string }) {
  const { materials } = props.action
  const [draft, setDraft] = useState(emptyDraft)
  const [uploading, setUploading] = useState<string | null>(null)
  const [problem, setProblem] = useState<string>()
  const submit = useSubmitSupplement()
  const request = supplementRequest(draft, materials)
  // One key per distinct hand-in: a retry of the same files reuses it, a changed selection gets a new one.
  const lastKey = useRef<{ body: string; key: string }>()
  const missing = missingMaterials(draft, materials)

  const addPhotos = async (materialId: string) => {
    setProblem(undefined)
    const picked = await pickImages(Math.min(3, filesLeft(draft, materialId)))
    for (const file of picked) {
      const tooBig = pickedFileProblem(file)
      if (tooBig) {
        setProblem(tooBig)
        continue
      }
      setUploading(materialId)
      try {
        const uploaded = await uploadMaterial({ path: file.path })
        setDraft((current) => withFile(current, materialId, uploaded))
      } catch (error) {
        setProblem(messageOf(error))
      } finally {
        setUploading(null)
      }
    }
  }

  const handIn = () => {
    if (!request) return
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
      {materials.map((material) => {
        const files = draft[material.materialId] ?? []
        const busy = uploading === material.materialId
        return (
          <View key={material.materialId} className="supplement__material">
            <Text className="timeline__node">{material.name}</Text>
            <Text className="secondary">{material.reason}</Text>
            {files.map((file, i) => (
              <View key={file.fileId} className="supplement__file">
                <Text>
                  已上传第{i + 1}张：{file.name}
                </Text>
                <Text
                  className="supplement__remove tap"
                  onClick={() =>
                    setDraft((current) => withoutFile(current, material.materialId, file.fileId))
                  }
                  {...a11y({ role: 'button', label: `删除${material.name}第${i + 1}张` })}
                >
                  删除
                </Text>
              </View>
            ))}
            <Button
              className="tap"
              type="primary"
              fill="outline"
              block
              loading={busy}
              disabled={uploading !== null || filesLeft(draft, material.materialId) === 0}
              onClick={() => void addPhotos(material.materialId)}
            >
              {busy ? '正在上传…' : files.length > 0 ? `继续添加${material.name}` : `上传${material.name}`}
            </Button>
          </View>
        )
      })}
      <FormError message={problem} />
      {missing.length > 0 ? <Text className="secondary">还需要上传：{missing.join('、')}</Text> : null}
      <Button
        className="tap primary-action"
        type="primary"
        block
        loading={submit.isPending}
        disabled={!request || submit.isPending || uploading !== null}
        onClick={handIn}
      >
        提交补正材料
      </Button>
    </View>
  )
}
