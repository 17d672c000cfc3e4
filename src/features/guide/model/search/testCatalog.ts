/**
 * A small catalog in the shape of GET /catalog/index for the search tests: real item and bundle names,
 * a few 俗称, departments as the platform spells them, and popularity figures.
 */
import type { CatalogEntry } from '@contract/api/catalog'

const police = '昭通市公安局'
const hrss = '昭通市人力资源和社会保障局'
const medical = '昭通市医疗保障局'
const civil = '昭通市民政局'
const market = '昭通市市场监督管理局'
const transport = '昭通市交通运输局'
const health = '昭通市卫生健康委员会'

function entry(
  id: string,
  name: string,
  department: string,
  hot: number,
  aliases: string[] = [],
  tags: string[] = [],
): CatalogEntry {
  return { id, kind: id.startsWith('b-') ? 'bundle' : 'item', name, aliases, department, tags, hot }
}

export const TEST_CATALOG: CatalogEntry[] = [
  entry('b-newborn', '新生儿出生一件事', health, 900, ['生孩子', '新生儿落户'], ['新生儿', '户籍', '社保']),
  entry('b-retire', '退休一件事', hrss, 700, ['办退休', '领养老金'], ['退休', '养老']),
  entry('b-school', '教育入学一件事', '昭通市教育体育局', 650, ['小孩上学', '入学报名'], ['教育']),
  entry('b-after-death', '身后一件事', civil, 300, ['丧葬', '殡葬'], ['身后']),
  entry('b-credit', '信用修复一件事', '昭通市发展和改革委员会', 120, ['失信修复'], ['信用']),
  entry('b-restaurant', '开办餐饮店一件事', market, 260, ['开饭店'], ['开公司', '餐饮']),
  entry('b-freight', '开办道路货运企业一件事', transport, 90, ['开货运公司'], ['开公司', '运输']),
  entry('b-transport', '开办运输企业一件事', transport, 80, [], ['开公司', '运输']),
  entry('b-social-card', '社会保障卡居民服务一件事', hrss, 500, ['社保卡'], ['社保']),
  entry('b-veteran', '军人退役一件事', '昭通市退役军人事务局', 150, ['退伍'], ['退役军人']),
  entry('b-flexible', '灵活就业一件事', hrss, 200, [], ['就业', '社保']),
  entry('i-birth-registration', '出生登记', police, 800, ['上户口', '报户口'], ['户籍', '新生儿']),
  entry('i-birth-certificate', '出生医学证明签发', health, 600, [], ['新生儿']),
  entry('i-id-renew', '居民身份证换领', police, 1200, ['身份证过期', '身份证到期'], ['户籍', '证件']),
  entry('i-id-lost', '居民身份证补领', police, 1000, ['身份证丢了'], ['户籍', '证件']),
  entry('i-passport', '普通护照签发', police, 400, ['办护照'], ['出入境']),
  entry('i-hk-macao', '往来港澳通行证签发', police, 380, ['港澳通行证'], ['出入境']),
  entry('i-licence-renew', '机动车驾驶证期满换证', police, 520, ['驾照换证'], ['驾驶证']),
  entry('i-licence-lost', '机动车驾驶证遗失补证', police, 310, ['驾照补办'], ['驾驶证']),
  entry('i-card-apply', '社会保障卡申领', hrss, 640, ['办社保卡'], ['社保']),
  entry('i-card-lost', '社会保障卡挂失', hrss, 240, ['社保卡丢了'], ['社保']),
  entry('i-unemployment', '失业保险金申领', hrss, 330, ['失业金'], ['就业', '社保']),
  entry('i-remote-care', '异地就医备案', medical, 560, ['外地看病'], ['医保']),
  entry('i-manual-claim', '医疗费用手工(零星)报销', medical, 210, ['医药费报销'], ['医保']),
  entry('i-marriage', '结婚登记', civil, 450, ['领结婚证'], ['婚姻']),
  entry('i-senior', '高龄津贴申领', civil, 260, ['老人补贴'], ['养老']),
  entry('i-sole-trader', '个体工商户设立登记', market, 470, ['个体户注册'], ['开公司']),
  entry('i-food-licence', '食品经营许可', market, 350, [], ['餐饮']),
  entry('i-food-licence-change', '食品经营许可变更', market, 120, [], ['餐饮']),
  entry('i-courier', '快递业务经营许可', '昭通市邮政管理局', 30, [], []),
  entry('i-disability', '残疾人证新办', '昭通市残疾人联合会', 190, [], ['残疾人']),
]
