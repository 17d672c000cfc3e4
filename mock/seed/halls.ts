/**
 * The halls (政务服务中心) the platform knows: 市民之家, the 11 county halls and a few township centres. Other
 * seed data (catalog items, appointment services) refers to them by `id`.
 */
export interface HallSeed {
  id: string
  name: string
  /** 县区 */
  county: string
}

export const HALLS: HallSeed[] = [
  { id: 'hall-city', name: '昭通市民之家', county: '昭阳区' },
  { id: 'hall-zhaoyang', name: '昭阳区政务服务中心', county: '昭阳区' },
  { id: 'hall-ludian', name: '鲁甸县政务服务中心', county: '鲁甸县' },
  { id: 'hall-qiaojia', name: '巧家县政务服务中心', county: '巧家县' },
  { id: 'hall-yanjin', name: '盐津县政务服务中心', county: '盐津县' },
  { id: 'hall-daguan', name: '大关县政务服务中心', county: '大关县' },
  { id: 'hall-yongshan', name: '永善县政务服务中心', county: '永善县' },
  { id: 'hall-suijiang', name: '绥江县政务服务中心', county: '绥江县' },
  { id: 'hall-zhenxiong', name: '镇雄县政务服务中心', county: '镇雄县' },
  { id: 'hall-yiliang', name: '彝良县政务服务中心', county: '彝良县' },
  { id: 'hall-weixin', name: '威信县政务服务中心', county: '威信县' },
  { id: 'hall-shuifu', name: '水富市政务服务中心', county: '水富市' },
  { id: 'hall-zy-beizha', name: '昭阳区北闸镇便民服务中心', county: '昭阳区' },
  { id: 'hall-ld-longtoushan', name: '鲁甸县龙头山镇便民服务中心', county: '鲁甸县' },
  { id: 'hall-zx-wufeng', name: '镇雄县乌峰街道便民服务中心', county: '镇雄县' },
]

const byId = new Map(HALLS.map((hall) => [hall.id, hall]))

export function findHall(id: string): HallSeed | undefined {
  return byId.get(id)
}
