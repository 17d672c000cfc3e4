import './guide.scss'
import { Text, View } from '@tarojs/components'
import type { Material } from '@contract/api/catalog'
import { type MaterialGroupKind, materialFormText, materialMarks } from '../model/checklist'

/**
 * Materials with their form, copies and every way round them, as text marks (never colour alone). `online`
 * (全程网办): uploaded, so the form reads as a photo or scan, never as originals to bring.
 */
export function MaterialList(props: {
  materials: Material[]
  online?: boolean
  /** The checklist group the list sits under, whose title the cards need not repeat. */
  group?: MaterialGroupKind
}) {
  return (
    <View className="materials">
      {props.materials.map((material) => (
        <View key={material.id} className="material">
          <Text className="material__name">{material.name}</Text>
          <Text className="material__form">
            {materialFormText(material, props.online)}
            {material.requiredIf ? '（视情形需要）' : ''}
          </Text>
          {materialMarks(material, props.group).length > 0 ? (
            <View className="material__marks">
              {materialMarks(material, props.group).map((mark) => (
                <Text key={mark} className="mark">
                  {mark}
                </Text>
              ))}
            </View>
          ) : null}
          {material.note ? <Text className="material__note">{material.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
