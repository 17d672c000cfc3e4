import './materialUploads.scss'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Upload } from '@contract/api/uploads'
import { ACCEPTED_FILES_HINT } from '@contract/rules/uploads'
import { isWeapp } from '../platform/env'
import { pickDocument, pickImages, type PickedFile } from '../platform/media'
import { a11y } from '../ui/a11y'
import { Button } from '../ui/nutui'
import { TextAction } from '../ui/TextAction'
import type { PendingUpload } from './queue'
import type { Uploader } from './uploader'

/** At most this many photos from one visit to the album: few enough to follow on a small screen. */
const PHOTOS_AT_ONCE = 3

/**
 * The files of one material: those uploaded (删除), those on their way (progress) or failed (重试 / 删除),
 * and the two ways to add one — the camera or album, and a file (a PDF sent in a WeChat chat, or one on the
 * device on H5). Used wherever a citizen hands in a material: the application and 补正.
 */
export function MaterialUploads(props: {
  materialId: string
  materialName: string
  files: readonly Upload[]
  pending: readonly PendingUpload[]
  uploader: Uploader
  onRemoveFile: (fileId: string) => void
  /** How many files the material may have. */
  maxFiles: number
}) {
  const { materialId, files, pending, uploader } = props
  const [refusals, setRefusals] = useState<string[]>([])
  const room = props.maxFiles - files.length - pending.length

  const add = async (pick: () => Promise<PickedFile[]>) => {
    setRefusals([])
    const picked = await pick()
    setRefusals(await uploader.add(materialId, picked))
  }

  return (
    <View className="material-upload">
      {files.map((file) => (
        <View key={file.fileId} className="material-upload__file">
          <View className="material-upload__row">
            <Text className="material-upload__name">{`✓ ${file.name}（${kilobytes(file.size)}）`}</Text>
            <TextAction danger label={`删除${file.name}`} onClick={() => props.onRemoveFile(file.fileId)}>
              删除
            </TextAction>
          </View>
        </View>
      ))}
      {pending.map((item) => (
        <PendingRow
          key={item.localId}
          item={item}
          onRetry={() => uploader.retry(item.localId)}
          onRemove={() => uploader.remove(item.localId)}
        />
      ))}
      {refusals.map((message) => (
        <Text key={message} className="field__error" {...a11y({ role: 'alert' })}>
          {message}
        </Text>
      ))}
      {room > 0 ? (
        <View className="material-upload__actions">
          <Button
            className="tap"
            type="primary"
            fill="outline"
            block
            onClick={() => void add(() => pickImages(Math.min(PHOTOS_AT_ONCE, room)))}
          >
            拍照或从相册选择
          </Button>
          <Button className="tap" type="primary" fill="outline" block onClick={() => void add(pickDocument)}>
            {isWeapp ? '从微信聊天中选择文件' : '选择文件（PDF或图片）'}
          </Button>
          <Text className="secondary">{`可上传 ${ACCEPTED_FILES_HINT}`}</Text>
        </View>
      ) : (
        <Text className="secondary">{`${props.materialName}最多${props.maxFiles}个文件，要换一个请先删除`}</Text>
      )}
    </View>
  )
}

const kilobytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)}MB`
    : `${Math.max(1, Math.round(bytes / 1024))}KB`

function PendingRow(props: { item: PendingUpload; onRetry: () => void; onRemove: () => void }) {
  const { item } = props
  const percent = Math.round(item.progress * 100)
  return (
    <View className="material-upload__file">
      <View className="material-upload__row">
        <Text className="material-upload__name">
          {item.status === 'compressing'
            ? `${item.name}：正在压缩…`
            : item.status === 'uploading'
              ? `${item.name}：正在上传 ${percent}%`
              : `${item.name}：上传失败`}
        </Text>
      </View>
      {item.status === 'uploading' ? (
        <View
          className="material-upload__bar"
          {...a11y({ role: 'progressbar', label: `上传进度${percent}%` })}
        >
          <View className="material-upload__fill" style={{ width: `${percent}%` }} />
        </View>
      ) : null}
      {item.status === 'failed' ? (
        <>
          <Text className="field__error" {...a11y({ role: 'alert' })}>
            {item.error ?? '上传没有成功'}
          </Text>
          <View className="material-upload__retry">
            <TextAction label={`重新上传${item.name}`} onClick={props.onRetry}>
              重试
            </TextAction>
            <TextAction danger label={`删除${item.name}`} onClick={props.onRemove}>
              删除
            </TextAction>
          </View>
        </>
      ) : null}
    </View>
  )
}
