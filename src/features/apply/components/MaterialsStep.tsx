import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { commitmentText } from '@contract/api/applications'
import { MAX_FILES_PER_MATERIAL } from '@contract/api/uploads'
import type { DraftMaterial } from '@contract/api/drafts'
import { scrollToTop } from '@/shared/platform/scroll'
import { a11y, keyboardActivation } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { MaterialUploads } from '@/shared/uploads/MaterialUploads'
import { pendingFor, type PendingUpload, stillSending } from '@/shared/uploads/queue'
import { withMaterial, withoutFile } from '../model/draft'
import { choiceFor, choiceSummary, materialErrors, type MaterialNeed } from '../model/materials'
import type { ApplyContext } from './ApplyGate'
import { updateDraft, useApplySession } from './applySession'
import { StepErrorSummary } from './StepErrorSummary'
import { StepHeader } from './StepHeader'
import { SyncNote } from './SyncNote'
import { useMaterialUpload } from './useMaterialUpload'

/**
 * Step 2: each material once, with the ways this citizen may provide it — their own 电子证照 (chosen for them),
 * an upload, 告知承诺 or 容缺 where the guide allows. Moving on needs every material provided and no file still
 * on its way.
 */
export function MaterialsStep(props: { context: ApplyContext; onNext: () => void }) {
  const { targetId, form, draft, needs } = props.context
  const { sync, serverErrors, uploads } = useApplySession(targetId)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState<string[]>([])
  const itemNames = new Map(form.items.map((i) => [i.itemId, i.name]))
  const licensed = needs.filter((n) => choiceFor(draft, n.material.id)?.via === 'license').length

  const next = () => {
    const missing = materialErrors(needs, draft)
    const messages = Object.values(missing)
    if (stillSending(uploads)) messages.push('还有文件正在上传，请稍等')
    setErrors(missing)
    setSummary(messages)
    if (messages.length === 0) props.onNext()
    else scrollToTop()
  }

  return (
    <View>
      <StepHeader current="materials" title="提供材料" />
      <Text className="apply-lead">
        {needs.length === 0
          ? '根据您的情况，不需要另外提供材料。'
          : `共 ${needs.length} 项材料${licensed > 0 ? `，其中 ${licensed} 项已用您的电子证照自动提供，不用上传` : ''}。`}
      </Text>
      <StepErrorSummary messages={summary} />
      {needs.map((need) => (
        <MaterialCard
          key={need.material.id}
          targetId={targetId}
          need={need}
          choice={choiceFor(draft, need.material.id)}
          pending={pendingFor(uploads, need.material.id)}
          usedBy={need.material.forItems.map((id) => itemNames.get(id) ?? id)}
          error={errors[`materials.${need.material.id}`] ?? serverErrors[`materials.${need.material.id}`]}
        />
      ))}
      <View className="apply-actions">
        <Button className="tap" type="primary" block onClick={next}>
          下一步：核对信息
        </Button>
      </View>
      <SyncNote status={sync} />
    </View>
  )
}

function Choice(props: { checked: boolean; label: string; onSelect: () => void }) {
  return (
    <View
      className={`apply-choice tap${props.checked ? ' apply-choice--checked' : ''}`}
      onClick={props.onSelect}
      {...a11y({ role: 'radio', checked: props.checked, label: props.label })}
      {...keyboardActivation(props.onSelect)}
    >
      <View className="apply-choice__mark" {...a11y({ hidden: true })} />
      <Text className="apply-choice__label">{props.label}</Text>
    </View>
  )
}

function MaterialCard(props: {
  targetId: string
  need: MaterialNeed
  choice: DraftMaterial | undefined
  pending: PendingUpload[]
  usedBy: string[]
  error?: string
}) {
  const { targetId, need, choice, pending } = props
  const { material, license } = need
  const upload = useMaterialUpload(targetId)
  const [reading, setReading] = useState(false)
  const choose = (next: DraftMaterial) => updateDraft(targetId, (d, now) => withMaterial(d, next, now))
  // With nothing but an upload allowed there is nothing to choose: the upload buttons show at once.
  const onlyUpload = !license && !need.commitment && need.toleranceDays === undefined
  const uploading = onlyUpload || choice?.via === 'upload' || pending.length > 0
  const done = choice !== undefined && !(choice.via === 'upload' && choice.files.length === 0)

  return (
    <View
      className={`apply-material${props.error ? ' apply-material--invalid' : ''}`}
      {...a11y({ role: 'group', label: material.name })}
    >
      <Text className="apply-material__name">{material.name}</Text>
      <Text className="apply-note">{`用于：${props.usedBy.join('、')}${material.note ? `。${material.note}` : ''}`}</Text>
      <Text className={`apply-material__status${done ? ' apply-material__status--done' : ''}`}>
        {done ? `✓ ${choiceSummary(choice, need)}` : '还没有提供'}
      </Text>
      {props.error ? (
        <Text className="field__error" {...a11y({ role: 'alert' })}>
          {props.error}
        </Text>
      ) : null}
      {onlyUpload ? null : (
        <View
          className="apply-choice-group"
          {...a11y({ role: 'radiogroup', label: `${material.name}的提供方式` })}
        >
          {license ? (
            <Choice
              checked={choice?.via === 'license'}
              label={`使用电子证照：${license.name}（${license.issuer}），免提交`}
              onSelect={() => choose({ materialId: material.id, via: 'license', licenseId: license.id })}
            />
          ) : null}
          <Choice
            checked={uploading}
            label="上传照片或文件"
            onSelect={() => {
              if (choice?.via !== 'upload') choose({ materialId: material.id, via: 'upload', files: [] })
            }}
          />
          {need.commitment ? (
            <Choice
              checked={choice?.via === 'commitment' || reading}
              label="告知承诺：不用提供，签署承诺书"
              onSelect={() => setReading(true)}
            />
          ) : null}
          {need.toleranceDays !== undefined ? (
            <Choice
              checked={choice?.via === 'deferred'}
              label={`容缺受理：先提交申请，${need.toleranceDays}个工作日内补交`}
              onSelect={() => choose({ materialId: material.id, via: 'deferred' })}
            />
          ) : null}
        </View>
      )}

      {reading && choice?.via !== 'commitment' ? (
        <View>
          <Text className="commitment">{commitmentText(material.name)}</Text>
          <Button
            className="tap"
            type="primary"
            block
            onClick={() => {
              setReading(false)
              choose({ materialId: material.id, via: 'commitment' })
            }}
          >
            我已阅读，同意承诺
          </Button>
        </View>
      ) : null}
      {choice?.via === 'commitment' ? (
        <Text className="commitment">{commitmentText(material.name)}</Text>
      ) : null}

      {uploading ? (
        <MaterialUploads
          materialId={material.id}
          materialName={material.name}
          files={choice?.via === 'upload' ? choice.files : []}
          pending={pending}
          uploader={upload}
          onRemoveFile={(fileId) =>
            updateDraft(targetId, (d, now) => withoutFile(d, material.id, fileId, now))
          }
          maxFiles={MAX_FILES_PER_MATERIAL}
        />
      ) : null}
    </View>
  )
}
