/** Which face of the one codebase is running; adapters pick their implementation with it. */
export const isWeapp = process.env.TARO_ENV === 'weapp'
export const isH5 = process.env.TARO_ENV === 'h5'
