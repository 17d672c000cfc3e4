import Taro from '@tarojs/taro'

export interface PickedFile {
  path: string
  size: number
  /** 'image' or 'file'; the uploader decides on type checks and compression. */
  kind: 'image' | 'file'
}

/** Camera or album (weapp and H5). Cancelling is not an error: it returns an empty list. */
export async function pickImages(count = 1): Promise<PickedFile[]> {
  try {
    const result = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] })
    return result.tempFiles.map((file) => ({
      path: file.tempFilePath,
      size: file.size,
      kind: 'image' as const,
    }))
  } catch {
    return []
  }
}
