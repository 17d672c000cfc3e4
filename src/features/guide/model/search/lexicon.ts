/**
 * The little language knowledge the engine needs beyond the catalog. Catalog-specific words (俗称 such as
 * 生娃 for 新生儿出生一件事) belong in the catalog's `aliases`, not here: this file holds only what is true of
 * everyday Chinese and of any government-service catalog.
 */

/**
 * Words citizens wrap around what they want ("驾照快到期了怎么办", "生娃了要办啥"): dropped from the query
 * unless nothing else is left. Matched longest first inside runs of Chinese characters. Single characters
 * are listed only when they are never part of a service's name.
 */
export const FILLERS: readonly string[] = [
  // questions
  '怎么办理',
  '如何办理',
  '怎样办理',
  '怎么办',
  '怎么弄',
  '怎么搞',
  '怎么',
  '怎样',
  '如何',
  '咋办',
  '咋弄',
  '咋样',
  '什么',
  '啥子',
  '哪里',
  '哪儿',
  '哪个',
  '哪些',
  '在哪里',
  '去哪里',
  '到哪里',
  '在哪儿',
  '在哪',
  '去哪',
  '到哪',
  '多久',
  '多长时间',
  '能不能',
  '可不可以',
  '要不要',
  '需不需要',
  '是不是',
  '有没有',
  // intent and politeness
  '请问',
  '你好',
  '您好',
  '麻烦',
  '帮我',
  '帮忙',
  '我想',
  '我要',
  '想要',
  '需要',
  '打算',
  '准备',
  '应该',
  '可以',
  '要办啥',
  '办啥',
  '要办',
  '去办',
  '想办',
  '得办',
  '该办',
  '办个',
  '办一下',
  '弄一下',
  '一下',
  '办理',
  '手续',
  '流程',
  '材料',
  '已经',
  '马上',
  '快要',
  '刚刚',
  // particles and pronouns
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '哦',
  '嘛',
  '啥',
  '咋',
  '的',
  '么',
  '我',
  '俺',
  '想',
  '要',
]

/**
 * Words that name the same thing in the citizen's words and in the catalog's. The index adds, for every
 * name, alias, tag and department containing one member, variants spelled with each other member, so
 * "驾照到期" finds 机动车驾驶证期满换证 even when no alias says so. Groups are small and unambiguous.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  // documents
  ['驾驶证', '驾照', '驾驶执照'],
  ['户口', '户籍'],
  ['居住证', '暂住证'],
  ['出生医学证明', '出生证明', '出生证'],
  ['营业执照', '执照'],
  ['残疾人证', '残疾证'],
  // people and life events
  ['新生儿', '婴儿', '宝宝', '孩子', '小孩', '娃'],
  ['子女', '孩子', '小孩', '娃'],
  ['老年人', '老人', '高龄'],
  ['身后', '去世', '过世', '死亡', '身故', '后事', '丧葬'],
  ['退役', '退伍', '转业'],
  ['结婚', '婚姻'],
  ['入学', '上学', '读书'],
  ['就医', '看病', '就诊'],
  ['报销', '报账'],
  ['失业', '下岗'],
  // actions
  ['到期', '期满', '过期'],
  ['遗失', '丢失', '丢了', '掉了'],
  ['补证', '补办', '补领', '补发'],
  ['换证', '换领', '换发', '更换'],
  ['开办', '开', '设立', '成立', '注册'],
  ['过户', '转移登记'],
  ['迁移', '迁户口', '迁出', '迁入'],
  ['落户', '上户口', '入户'],
  ['申领', '申请', '办'],
  ['提取', '取出', '支取'],
  ['津贴', '补贴', '补助'],
  // things
  ['企业', '公司'],
  ['餐饮店', '餐馆', '饭店', '饭馆', '餐厅'],
  ['房屋', '房子', '住房', '房产'],
  ['社会保障', '社会保险', '社保'],
  ['医疗保险', '医疗保障', '医保'],
  ['养老金', '退休金'],
  ['公租房', '廉租房'],
  ['报装', '安装', '开户'],
  // departments (实施部门 as citizens call them)
  ['公安', '派出所'],
  ['人力资源和社会保障', '人社'],
  ['市场监督管理', '市场监管', '工商'],
  ['住房和城乡建设', '住建'],
  ['卫生健康', '卫健', '卫生'],
  ['残疾人联合会', '残联'],
]

/** Parts of names that say nothing about what the service is (every bundle ends in 一件事). */
export const GENERIC_SUFFIXES: readonly string[] = ['一件事']
