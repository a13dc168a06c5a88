import { inArray, sql } from "drizzle-orm";
import { formatAgreementNo, formatCaseNo, localYear } from "@/lib/mediation/case-number";
import { addDaysToDate, followUpDueAfterAgreement, settlementDeadline } from "@/lib/mediation/deadlines";
import { addLocalDays, startOfLocalDay, toLocalDate } from "@/lib/time";
import type { Db } from "./client";
import {
  mediationAgreements,
  mediationCases,
  mediationFollowUps,
  mediationParties,
  mediationSessions,
  mediationSupportNotes,
  mediationTeam,
  mediationTransitions,
  residents,
  users,
  type MediationDisputeType,
  type MediationFollowUpMethod,
  type MediationPartyRole,
  type MediationPerformance,
  type MediationRiskColor,
  type MediationSatisfaction,
  type MediationSource,
  type MediationStatus,
} from "./schema";

/** [role, name, gender, age, occupation, phone, address, ethnicity] — or the name of a person already in the register. */
type PartySpec = [MediationPartyRole, string, "male" | "female", number, string, string, string, string?];

interface Scenario {
  type: MediationDisputeType;
  source: MediationSource;
  color: MediationRiskColor;
  colorReason?: string;
  summary: string;
  items: string;
  parties: PartySpec[];
  lead: string;
  assistant?: string;
  counselor?: string;
  /** Each state the case reached and how many days ago; the first is "registered", the last is where it is now. */
  steps: [MediationStatus, number, string?][];
  sessions?: { ago: number; place: string; statements: [number, string][]; facts: string; outcome: string }[];
  agreement?: { ago: number; oral?: boolean; facts: string; content: string; method: string; performDays: number | null };
  followUps?: { ago: number; method: MediationFollowUpMethod; performed: MediationPerformance; satisfaction: MediationSatisfaction; situation: string; risks?: string; measures?: string }[];
  notes?: [number, string][];
  extension?: { ago: number; days: number; reason: string };
}

const ROOM = "中心调解室";
const HALL = "濮上街道人民调解委员会调解室";
const STUDIO = "心理服务工作室";

// 26 cases over the last three months, in every state; the demo "mediator" leads 11 and the demo
// "counselor" supports 12. Fictional people and places.
const SCENARIOS: Scenario[] = [
  {
    type: "neighbour",
    source: "application",
    color: "green",
    summary: "申请人反映楼上住户近两个月每晚十一点后拖动桌椅、孩子跑跳，严重影响其休息，双方在楼道内多次争吵。",
    items: "请求被申请人晚十点后降低噪音，并在客厅铺设地垫。",
    parties: [
      ["applicant", "张秀英", "female", 58, "退休职工", "13839300011", "濮上街道建设路社区 12 号楼 2 单元 301"],
      ["respondent", "韩志强", "male", 36, "个体经营", "13839351201", "濮上街道建设路社区 12 号楼 2 单元 401"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [["registered", 1]],
  },
  {
    type: "property_mgmt",
    source: "application",
    color: "yellow",
    colorReason: "业主情绪激动，扬言组织其他业主集体拒缴物业费。",
    summary: "业主以电梯长期故障、小区门禁损坏为由拒缴 2025 年度物业费，物业公司多次催缴并在单元门张贴欠费名单，双方矛盾激化。",
    items: "业主请求物业公司修复电梯和门禁并撤下欠费公示；物业公司请求业主补缴物业费 2160 元。",
    parties: [
      ["applicant", "卢振华", "male", 52, "公司职员", "13839351202", "濮上街道绿城社区 7 号楼 1 单元 602"],
      ["respondent", "濮阳市安居物业服务有限公司（委托代理人 孟凯）", "male", 41, "物业项目经理", "13839351203", "濮上街道绿城社区物业服务中心"],
    ],
    lead: "tj01",
    steps: [["registered", 2]],
  },
  {
    type: "debt",
    source: "application",
    color: "green",
    summary: "申请人称 2023 年借给被申请人 5 万元用于开店，约定一年归还，至今未还；经了解，申请人已于本月向人民法院提起诉讼。",
    items: "请求被申请人归还借款 5 万元及利息。",
    parties: [
      ["applicant", "邵国栋", "male", 47, "货车司机", "13839351204", "濮上街道胜利路社区 3 号院 8 号"],
      ["respondent", "龚海涛", "male", 45, "餐馆经营者", "13839351205", "濮上街道京开道社区商业街 16 号"],
    ],
    lead: "tj02",
    steps: [
      ["registered", 22],
      ["rejected", 20, "当事人已就同一纠纷向人民法院起诉，依法不予受理，已告知当事人。"],
    ],
  },
  {
    type: "marriage_family",
    source: "application",
    color: "yellow",
    colorReason: "女方自述长期失眠，谈及婚姻时情绪崩溃，需心理支持。",
    summary: "夫妻因丈夫长期沉迷网络游戏、不承担家务和育儿责任多次争吵，妻子提出分居，双方对孩子由谁照顾存在分歧。",
    items: "请求调解夫妻矛盾，明确分居期间孩子的照顾安排和生活费负担。",
    parties: [
      ["applicant", "许晓燕", "female", 33, "小学教师", "13839351206", "濮上街道长庆社区 5 号楼 3 单元 202"],
      ["respondent", "彭文博", "male", 35, "工程技术员", "13839351207", "濮上街道长庆社区 5 号楼 3 单元 202"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [
      ["registered", 28],
      ["accepted", 27],
    ],
    notes: [[25, "与申请人进行首次会谈，评估其焦虑水平较高，建议先做两次个体心理疏导再进入面对面调解。"]],
  },
  {
    type: "labour",
    source: "government",
    color: "yellow",
    colorReason: "十余名工人讨薪，存在聚集风险。",
    summary: "区人社局移交：某装修队 12 名工人反映包工头拖欠 9 月、10 月工资共计 8.6 万元，包工头称发包方未结算工程款。",
    items: "请求包工头支付拖欠工资 8.6 万元。",
    parties: [
      ["applicant", "田永刚（工人代表）", "male", 49, "装修工人", "13839351208", "濮上街道新华社区 11 号楼"],
      ["respondent", "蒋立新", "male", 44, "装修工程承包人", "13839351209", "濮上街道胜利路社区 9 号院"],
    ],
    lead: "tj02",
    counselor: "counselor2",
    steps: [
      ["registered", 5],
      ["accepted", 4],
    ],
  },
  {
    type: "housing_land",
    source: "initiative",
    color: "red",
    colorReason: "双方曾因砌墙发生肢体冲突，一方扬言“拼命”。",
    summary: "两户相邻村民因翻建房屋时院墙向东移动约 40 厘米发生争执，被申请人已砌起新墙，申请人多次推倒，双方发生肢体冲突，派出所曾出警。",
    items: "请求按原宅基地界线拆除新砌院墙，赔偿推倒院墙的损失。",
    parties: [
      ["applicant", "段建国", "male", 61, "农民", "13839351210", "濮上街道城西村二组 18 号"],
      ["respondent", "段海军", "male", 39, "农民", "13839351211", "濮上街道城西村二组 19 号"],
      ["respondent", "段母（王桂英）", "female", 66, "农民", "13839351212", "濮上街道城西村二组 19 号"],
    ],
    lead: "mediator",
    assistant: "tj01",
    counselor: "counselor",
    steps: [
      ["registered", 37],
      ["accepted", 35],
      ["in_mediation", 33],
    ],
    sessions: [
      {
        ago: 33,
        place: HALL,
        statements: [
          [0, "新墙占了我家走了三十年的路，老宅基证上写得清清楚楚。"],
          [1, "新墙是按村里重新丈量的线砌的，他推倒两次，损失三千多元。"],
        ],
        facts: "双方宅基地证四至描述不一致，需村委会和国土所共同复核界址。",
        outcome: "双方同意暂停施工，等待界址复核结果；约定期间不再发生冲突。",
      },
      {
        ago: 20,
        place: "城西村村委会",
        statements: [
          [0, "复核结果出来之前，我要求先拆掉多出来的那段墙。"],
          [1, "可以让出走道，但推墙的损失要赔。"],
        ],
        facts: "国土所初步复核：新墙东移约 35 厘米，超出原界线。",
        outcome: "被申请人原则同意后移院墙，赔偿数额双方仍有分歧，约定下次继续调解。",
      },
    ],
    notes: [
      [30, "申请人情绪易激惹，反复提到“不蒸馒头争口气”，已做情绪疏导，提醒调解时避免当面指责。"],
      [19, "段母担心儿子与邻居结仇，焦虑明显，已安排一次家庭会谈。"],
    ],
  },
  {
    type: "property_mgmt",
    source: "application",
    color: "green",
    summary: "业主家中卫生间漏水至楼下，物业认为系业主自装管道所致，楼下住户要求物业和楼上业主共同赔偿吊顶损失。",
    items: "请求赔偿吊顶及墙面维修费用 4800 元。",
    parties: [
      ["applicant", "苏雅琴", "female", 44, "会计", "13839351213", "濮上街道新华社区 2 号楼 1 单元 302"],
      ["respondent", "汪俊", "male", 38, "销售", "13839351214", "濮上街道新华社区 2 号楼 1 单元 402"],
    ],
    lead: "tj03",
    counselor: "zx01",
    steps: [
      ["registered", 27],
      ["accepted", 26],
      ["in_mediation", 24],
    ],
    sessions: [
      {
        ago: 24,
        place: ROOM,
        statements: [
          [0, "漏水三个月了，吊顶发霉，孩子咳嗽。"],
          [1, "管子是开发商装的，不是我改的，物业应该负责。"],
        ],
        facts: "经物业维修人员查看，漏点位于楼上卫生间地漏处防水层。",
        outcome: "约定请第三方检测机构出具漏水原因报告后再谈赔偿。",
      },
    ],
  },
  {
    type: "damages",
    source: "police",
    color: "yellow",
    colorReason: "受伤一方家属情绪激动，多次到对方店铺讨说法。",
    summary: "派出所移送：电动车与行人在小区路口相撞，行人右腿骨折住院，双方对责任比例及赔偿数额分歧较大。",
    items: "请求赔偿医疗费、误工费、护理费等共计 3.2 万元。",
    parties: [
      ["applicant", "钟淑华", "female", 63, "退休职工", "13839351215", "濮上街道京开道社区 14 号楼"],
      ["respondent", "谭宇", "male", 27, "外卖骑手", "13839351216", "濮上街道胜利路社区 21 号院"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [
      ["registered", 45],
      ["accepted", 44],
      ["in_mediation", 42],
    ],
    extension: { ago: 14, days: 28, reason: "申请人仍在住院治疗，伤残等级鉴定尚未出具，需待鉴定结论后确定赔偿数额。" },
    sessions: [
      {
        ago: 40,
        place: ROOM,
        statements: [
          [0, "他骑得太快，撞了人还想跑。"],
          [1, "老人突然从车后走出来，我已经刹车了，医药费我垫付了五千。"],
        ],
        facts: "交警认定骑车人负主要责任，行人负次要责任。",
        outcome: "被申请人同意按主要责任承担，具体数额待治疗结束后核算。",
      },
      {
        ago: 25,
        place: ROOM,
        statements: [
          [0, "后续还要做康复，误工费也要算。"],
          [1, "收入不高，希望分期支付。"],
        ],
        facts: "申请人已花费医疗费 2.1 万元，被申请人已垫付 5000 元。",
        outcome: "双方同意待伤残鉴定后再行调解，被申请人再先行垫付 3000 元。",
      },
      {
        ago: 10,
        place: STUDIO,
        statements: [[1, "已经又付了三千，家里也困难。"]],
        facts: "伤残鉴定预约在下周。",
        outcome: "约定鉴定结论出具后三日内再次调解。",
      },
    ],
    notes: [[24, "被申请人为外地务工青年，对赔偿压力很大，出现失眠、食欲下降，已进行支持性会谈。"]],
  },
  {
    type: "neighbour",
    source: "application",
    color: "green",
    summary: "楼上住户空调外机冷凝水长期滴落在申请人窗台，申请人多次沟通无果。",
    items: "请求被申请人加装冷凝水导管。",
    parties: [
      ["applicant", "贺玉兰", "female", 55, "超市职工", "13839351217", "濮上街道胜利路社区 5 号院 2 号楼 201"],
      ["respondent", "马国强", "male", 41, "公司职员", "13839300012", "濮上街道胜利路社区 5 号院 3 号"],
    ],
    lead: "tj01",
    counselor: "counselor2",
    steps: [
      ["registered", 10],
      ["accepted", 9],
      ["in_mediation", 8],
    ],
    sessions: [
      {
        ago: 8,
        place: HALL,
        statements: [
          [0, "窗台都泡坏了，晚上滴答声睡不着。"],
          [1, "之前不知道这么严重，可以装导管。"],
        ],
        facts: "现场查看，冷凝水导管脱落。",
        outcome: "被申请人同意一周内请师傅加装导管，下次会谈确认。",
      },
    ],
  },
  {
    type: "marriage_family",
    source: "application",
    color: "yellow",
    colorReason: "老人独居，情绪低落，曾说“活着没意思”。",
    summary: "八旬老人有三个子女，因赡养费分摊和老人由谁照顾发生争执，老人目前独居，生活不便。",
    items: "请求三个子女按月支付赡养费并轮流照顾。",
    parties: [
      ["applicant", "范凤英", "female", 81, "退休", "13839351218", "濮上街道长庆社区 2 号楼 1 单元 101"],
      ["respondent", "范立新", "male", 56, "个体经营", "13839351219", "濮上街道长庆社区 9 号楼"],
      ["respondent", "范海燕", "female", 53, "医院护工", "13839351220", "濮上街道京开道社区 3 号楼"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [
      ["registered", 15],
      ["accepted", 14],
      ["in_mediation", 12],
    ],
    sessions: [
      {
        ago: 12,
        place: ROOM,
        statements: [
          [0, "我不想拖累孩子，就是一个人晚上害怕。"],
          [1, "我每月给过钱，妹妹离得近应该多照顾。"],
          [2, "我上夜班，没法天天过去，钱可以多出一些。"],
        ],
        facts: "老人每月退休金 1800 元，有高血压，需有人定期陪同就医。",
        outcome: "子女同意每月各出 600 元，照顾安排下次再议。",
      },
      {
        ago: 6,
        place: ROOM,
        statements: [
          [1, "周一到周三我来，周末我儿子去。"],
          [2, "周四周五我可以调班。"],
        ],
        facts: "社区助餐点可为老人提供午餐。",
        outcome: "初步形成轮流照顾方案，待书面确认。",
      },
    ],
    notes: [
      [13, "对老人进行了老年抑郁筛查，分数提示中度，已转介中心咨询师定期上门。"],
      [5, "老人情绪较前好转，子女轮流照顾方案让她感到安心。"],
    ],
  },
  {
    type: "debt",
    source: "application",
    color: "green",
    summary: "两名老同事之间 3 万元借款到期未还，借款人称生意亏损暂时无力一次性归还。",
    items: "请求归还借款 3 万元。",
    parties: [
      ["applicant", "侯春梅", "female", 50, "退休职工", "13839351221", "濮上街道绿城社区 1 号楼"],
      ["respondent", "龙振华", "male", 52, "个体经营", "13839351222", "濮上街道新华社区 6 号楼"],
    ],
    lead: "tj02",
    counselor: "zx02",
    steps: [
      ["registered", 60],
      ["accepted", 59],
      ["in_mediation", 57],
      ["agreed", 50],
    ],
    sessions: [
      {
        ago: 57,
        place: ROOM,
        statements: [
          [0, "借条在这里，说好去年年底还。"],
          [1, "钱我认，但现在确实拿不出来。"],
        ],
        facts: "借条真实，借款 3 万元，约定 2025 年 12 月 31 日前归还。",
        outcome: "被申请人提出分期归还，申请人考虑。",
      },
      {
        ago: 52,
        place: ROOM,
        statements: [[0, "同意分两次还清。"]],
        facts: "双方就分期方案达成一致。",
        outcome: "达成协议。",
      },
    ],
    agreement: { ago: 50, facts: "被申请人向申请人借款 3 万元，到期未还，对借款事实无异议。", content: "一、被申请人于协议签订后 10 日内归还 1.5 万元；\n二、余款 1.5 万元于 2027 年 1 月 31 日前还清；\n三、申请人放弃利息。", method: "银行转账", performDays: 10 },
  },
  {
    type: "labour",
    source: "application",
    color: "green",
    summary: "餐馆服务员离职后，老板以“未提前一个月辞职”为由扣发最后一个月工资 3500 元。",
    items: "请求支付工资 3500 元。",
    parties: [
      ["applicant", "白雨欣", "female", 22, "服务员", "13839351223", "濮上街道胜利路社区 17 号院"],
      ["respondent", "毛宏伟", "male", 46, "餐馆经营者", "13839351224", "濮上街道京开道社区商业街 8 号"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [
      ["registered", 20],
      ["accepted", 19],
      ["in_mediation", 18],
      ["agreed", 6],
    ],
    sessions: [
      {
        ago: 18,
        place: ROOM,
        statements: [
          [0, "我提前两周说了，他当时同意的。"],
          [1, "她走得太急，店里找不到人，损失不小。"],
        ],
        facts: "双方无书面劳动合同，申请人提前 15 天口头提出辞职。",
        outcome: "讲解劳动法相关规定，被申请人同意支付大部分工资。",
      },
    ],
    agreement: { ago: 6, facts: "申请人在被申请人餐馆工作 8 个月，离职时被扣发最后一个月工资 3500 元。", content: "被申请人于 2026 年 12 月 10 日前支付申请人工资 3200 元，双方再无其他争议。", method: "微信转账", performDays: 10 },
  },
  {
    type: "neighbour",
    source: "application",
    color: "yellow",
    colorReason: "被申请人饲养犬只曾咬伤他人，双方积怨较深。",
    summary: "邻居在楼道内堆放杂物并饲养大型犬，犬只夜间吠叫，申请人孩子曾被惊吓。",
    items: "请求清理楼道杂物，文明养犬。",
    parties: [
      ["applicant", "秦佳", "female", 34, "护士", "13839351225", "濮上街道长庆社区 8 号楼 2 单元 501"],
      ["respondent", "邹鹏", "male", 40, "货运司机", "13839351226", "濮上街道长庆社区 8 号楼 2 单元 502"],
    ],
    lead: "tj03",
    counselor: "counselor",
    steps: [
      ["registered", 50],
      ["accepted", 49],
      ["in_mediation", 47],
      ["agreed", 40],
    ],
    sessions: [
      {
        ago: 47,
        place: HALL,
        statements: [
          [0, "孩子现在不敢一个人上楼。"],
          [1, "狗拴着绳，杂物过几天就清。"],
        ],
        facts: "楼道堆放纸箱、旧家具，犬只未办理登记。",
        outcome: "被申请人同意清理杂物并为犬只办证。",
      },
    ],
    agreement: { ago: 40, facts: "被申请人在楼道堆放杂物、饲养犬只夜间吠叫，影响申请人一家生活。", content: "一、被申请人 20 日内清理楼道杂物；\n二、为犬只办理登记，出门牵绳并佩戴嘴套；\n三、夜间将犬只关在室内。", method: "自行履行，社区网格员监督", performDays: 20 },
    followUps: [{ ago: 12, method: "home", performed: "partly", satisfaction: "basically", situation: "杂物已清理，犬只已办证，但夜间仍偶有吠叫。", risks: "申请人对夜间吠叫仍有意见。", measures: "提醒被申请人加装隔音门帘，半个月后再次回访。" }],
  },
  {
    type: "damages",
    source: "application",
    color: "yellow",
    colorReason: "双方言语冲突激烈。",
    summary: "理发店装修时电钻打穿隔壁服装店墙面，导致部分衣物污损，双方对损失金额认定差距大。",
    items: "请求赔偿衣物损失及墙面修复费用 1.2 万元。",
    parties: [
      ["applicant", "武丽华", "female", 42, "服装店经营者", "13839351227", "濮上街道京开道社区商业街 20 号"],
      ["respondent", "史浩", "male", 31, "理发店经营者", "13839351228", "濮上街道京开道社区商业街 22 号"],
    ],
    lead: "tj01",
    counselor: "zx05",
    steps: [
      ["registered", 40],
      ["accepted", 39],
      ["in_mediation", 38],
      ["failed", 30, "被申请人仅认可 2000 元损失，申请人坚持 1.2 万元，经三次调解差距仍大，双方均表示通过诉讼解决。"],
    ],
    sessions: [
      { ago: 38, place: ROOM, statements: [[0, "新到的冬装全是灰。"], [1, "衣服拍拍就干净了，要一万多太离谱。"]], facts: "现场照片显示约二十件衣物有粉尘。", outcome: "建议双方委托价格认证。" },
      { ago: 31, place: ROOM, statements: [[1, "最多两千。"]], facts: "申请人未能提供进货凭证。", outcome: "未达成一致。" },
    ],
  },
  {
    type: "property_mgmt",
    source: "application",
    color: "green",
    summary: "业主因车位被他人长期占用，要求物业清理，物业称无执法权。",
    items: "请求物业公司协调清理占用车位的车辆。",
    parties: [
      ["applicant", "孔文博", "male", 39, "教师", "13839351229", "濮上街道绿城社区 3 号楼"],
      ["respondent", "濮阳市安居物业服务有限公司（委托代理人 孟凯）", "male", 41, "物业项目经理", "13839351203", "濮上街道绿城社区物业服务中心"],
    ],
    lead: "mediator",
    counselor: "counselor2",
    steps: [
      ["registered", 25],
      ["accepted", 24],
      ["failed", 20, "被申请人明确表示不同意调解，已告知申请人可向住建部门投诉或诉讼。"],
    ],
  },
  {
    type: "housing_land",
    source: "application",
    color: "green",
    summary: "兄弟二人对父母遗留的两间平房的分配有争议，弟弟认为自己照顾父母多年应多分。",
    items: "请求依法分割父母遗留房屋。",
    parties: [
      ["applicant", "向永刚", "male", 58, "农民", "13839351230", "濮上街道城东村四组 6 号"],
      ["respondent", "向建军", "male", 54, "农民", "13839351231", "濮上街道城东村四组 7 号"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [
      ["registered", 35],
      ["accepted", 34],
      ["in_mediation", 33],
      ["agreed", 25],
      ["judicial_confirmation", 20, "双方共同申请司法确认，材料已递交区人民法院。"],
    ],
    sessions: [
      { ago: 33, place: ROOM, statements: [[0, "房子是爹娘的，一人一间。"], [1, "这些年都是我伺候老人。"]], facts: "父母生前未立遗嘱，弟弟照顾父母十年。", outcome: "申请人认可弟弟付出，同意适当补偿。" },
      { ago: 26, place: ROOM, statements: [[0, "东边那间给我，我再补他一万。"], [1, "同意。"]], facts: "两间平房面积相近。", outcome: "达成一致。" },
    ],
    agreement: { ago: 25, facts: "父母遗留平房两间，未立遗嘱；被申请人长期照顾父母。", content: "一、东侧平房归申请人，西侧平房归被申请人；\n二、申请人于 2026 年 12 月 31 日前补偿被申请人 1 万元。", method: "现金支付，调解员见证", performDays: 36 },
    notes: [[30, "兄弟俩多年不说话，借调解契机做了一次家庭关系梳理，两人均表示愿意缓和关系。"]],
  },
  {
    type: "marriage_family",
    source: "court",
    color: "green",
    summary: "人民法院委托调解：离婚诉讼中双方对共同房产和存款分割存在争议。",
    items: "请求分割共同财产。",
    parties: [
      ["applicant", "严佳", "female", 38, "银行职员", "13839351232", "濮上街道新华社区 9 号楼"],
      ["respondent", "覃志强", "male", 40, "工程师", "13839351233", "濮上街道胜利路社区 2 号院"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [
      ["registered", 85],
      ["accepted", 84],
      ["in_mediation", 82],
      ["agreed", 70],
      ["closed", 55],
    ],
    sessions: [
      { ago: 82, place: STUDIO, statements: [[0, "房子首付是我父母出的。"], [1, "贷款是我一直在还。"]], facts: "房产登记在双方名下，首付 30 万元由女方父母支付。", outcome: "双方同意按出资比例分割。" },
      { ago: 71, place: STUDIO, statements: [[0, "房子归我，我补偿。"], [1, "同意，孩子的探视要写清楚。"]], facts: "评估价 86 万元，剩余贷款 32 万元。", outcome: "达成一致。" },
    ],
    agreement: { ago: 70, facts: "双方婚后共同购房，首付由女方父母出资，贷款双方共同偿还。", content: "一、房产归申请人所有，剩余贷款由申请人偿还；\n二、申请人于 30 日内补偿被申请人 18 万元；\n三、被申请人每周末可探视孩子一次。", method: "银行转账", performDays: 30 },
    followUps: [{ ago: 56, method: "phone", performed: "yes", satisfaction: "satisfied", situation: "补偿款已全部支付，探视正常。" }],
    notes: [[80, "女方对孩子抚养焦虑明显，进行了两次亲子关系辅导。"]],
  },
  {
    type: "neighbour",
    source: "application",
    color: "green",
    summary: "一楼住户在公共绿地种菜并施农家肥，气味影响楼上住户。",
    items: "请求恢复绿地，停止施农家肥。",
    parties: [
      ["applicant", "尹倩", "female", 31, "公司职员", "13839351234", "濮上街道绿城社区 10 号楼 201"],
      ["respondent", "薛秀兰", "female", 70, "退休", "13839351235", "濮上街道绿城社区 10 号楼 101"],
    ],
    lead: "tj01",
    counselor: "counselor2",
    steps: [
      ["registered", 75],
      ["accepted", 75],
      ["in_mediation", 74],
      ["agreed", 72],
      ["closed", 60],
    ],
    sessions: [{ ago: 74, place: HALL, statements: [[0, "夏天窗户都不敢开。"], [1, "种点菜自己吃，不知道影响人。"]], facts: "绿地属小区公共区域。", outcome: "被申请人当场同意收完这季菜后恢复绿地。" }],
    agreement: { ago: 72, oral: true, facts: "被申请人在公共绿地种菜施肥，气味影响他人。", content: "被申请人收完本季蔬菜后恢复绿地，不再施用农家肥。", method: "自行履行", performDays: null },
    followUps: [{ ago: 61, method: "home", performed: "yes", satisfaction: "satisfied", situation: "绿地已恢复，邻里关系缓和。" }],
  },
  {
    type: "labour",
    source: "government",
    color: "yellow",
    colorReason: "工人多次到工地讨薪。",
    summary: "区人社局移交：保洁公司拖欠 6 名保洁员两个月工资及加班费。",
    items: "请求支付工资及加班费共计 2.4 万元。",
    parties: [
      ["applicant", "郝桂英（保洁员代表）", "female", 54, "保洁员", "13839351236", "濮上街道长庆社区 4 号楼"],
      ["respondent", "濮阳市洁美保洁服务有限公司（委托代理人 钱宇）", "male", 35, "公司经理", "13839351237", "濮阳市华龙区黄河路 66 号"],
    ],
    lead: "tj02",
    counselor: "counselor",
    steps: [
      ["registered", 70],
      ["accepted", 69],
      ["in_mediation", 68],
      ["agreed", 64],
      ["judicial_confirmation", 60, "为保障履行，双方申请司法确认。"],
      ["closed", 45],
    ],
    sessions: [{ ago: 68, place: ROOM, statements: [[0, "过年前必须拿到钱。"], [1, "甲方还没结账，可以先付一半。"]], facts: "公司确认欠付工资 2.1 万元，加班费有争议。", outcome: "双方同意以 2.3 万元一揽子解决。" }],
    agreement: { ago: 64, facts: "被申请人拖欠 6 名保洁员工资及加班费。", content: "被申请人于 15 日内一次性支付 2.3 万元。", method: "银行转账至各保洁员账户", performDays: 15 },
    followUps: [{ ago: 46, method: "phone", performed: "yes", satisfaction: "satisfied", situation: "工资已全部到账，法院已出具确认裁定。" }],
  },
  {
    type: "property_mgmt",
    source: "application",
    color: "green",
    summary: "业主装修时拆除承重墙附近隔墙，物业叫停，业主认为物业刁难。",
    items: "请求物业允许继续施工。",
    parties: [
      ["applicant", "莫海涛", "male", 37, "设计师", "13839351238", "濮上街道新华社区 12 号楼"],
      ["respondent", "濮阳市安居物业服务有限公司（委托代理人 孟凯）", "male", 41, "物业项目经理", "13839351203", "濮上街道绿城社区物业服务中心"],
    ],
    lead: "tj03",
    counselor: "zx08",
    steps: [
      ["registered", 66],
      ["accepted", 65],
      ["in_mediation", 64],
      ["failed", 50, "涉及房屋结构安全，需住建部门鉴定，调解无法解决，已告知当事人。"],
      ["closed", 48],
    ],
    sessions: [{ ago: 64, place: ROOM, statements: [[0, "隔墙不是承重墙。"], [1, "需要有资质的机构出具意见。"]], facts: "物业提供的图纸显示该墙为剪力墙的一部分。", outcome: "建议申请结构安全鉴定。" }],
  },
  {
    type: "debt",
    source: "application",
    color: "green",
    summary: "亲戚间借款 2 万元，借款人以“当初是赠与”为由拒还。",
    items: "请求归还借款 2 万元。",
    parties: [
      ["applicant", "戴丽华", "female", 49, "个体经营", "13839351239", "濮上街道胜利路社区 12 号院"],
      ["respondent", "汤子轩", "male", 28, "网约车司机", "13839351240", "濮上街道京开道社区 7 号楼"],
    ],
    lead: "mediator",
    counselor: "zx01",
    steps: [
      ["registered", 58],
      ["accepted", 57],
      ["in_mediation", 56],
      ["agreed", 53],
      ["closed", 30],
    ],
    sessions: [{ ago: 56, place: ROOM, statements: [[0, "有转账记录和聊天记录，说好是借。"], [1, "我以为是姑姑给的。"]], facts: "聊天记录中有“下半年还你”的表述。", outcome: "被申请人认可借款。" }],
    agreement: { ago: 53, facts: "被申请人向申请人借款 2 万元，有转账记录和聊天记录为证。", content: "被申请人每月归还 5000 元，四个月内还清。", method: "微信转账", performDays: 20 },
    followUps: [{ ago: 31, method: "phone", performed: "yes", satisfaction: "satisfied", situation: "已提前还清。" }],
  },
  {
    type: "damages",
    source: "police",
    color: "green",
    summary: "派出所移送：遛狗未牵绳，狗将路过儿童咬伤，双方就疫苗费和精神损失费有争议。",
    items: "请求赔偿医疗费、疫苗费及精神损失费 5000 元。",
    parties: [
      ["applicant", "雷诗涵（法定代理人 雷鹏）", "female", 8, "学生", "13839351241", "濮上街道长庆社区 6 号楼"],
      ["respondent", "黎晓燕", "female", 45, "自由职业", "13839351242", "濮上街道长庆社区 7 号楼"],
    ],
    lead: "tj01",
    counselor: "counselor",
    steps: [
      ["registered", 45],
      ["accepted", 44],
      ["in_mediation", 43],
      ["agreed", 42],
      ["closed", 28],
    ],
    sessions: [{ ago: 43, place: STUDIO, statements: [[0, "孩子现在看到狗就哭。"], [1, "医药费我全出，精神损失费太高了。"]], facts: "医疗及疫苗费共 1860 元。", outcome: "被申请人同意赔偿 3000 元并道歉。" }],
    agreement: { ago: 42, facts: "被申请人遛狗未牵绳致儿童被咬伤。", content: "一、被申请人赔偿 3000 元；\n二、被申请人向申请人当面道歉，今后遛狗牵绳。", method: "现金当场支付", performDays: 0 },
    followUps: [{ ago: 29, method: "home", performed: "yes", satisfaction: "satisfied", situation: "孩子恐惧情绪已缓解。" }],
    notes: [[41, "儿童出现怕狗和夜惊，对家长进行了应对指导，两周后好转。"]],
  },
  {
    type: "neighbour",
    source: "initiative",
    color: "green",
    summary: "网格员发现两户因共用楼道灯电费分摊争吵，调委会主动介入。",
    items: "明确楼道灯电费分摊方式。",
    parties: [
      ["applicant", "陶玉兰", "female", 66, "退休", "13839351243", "濮上街道新华社区 4 号楼 101"],
      ["respondent", "顾明", "male", 43, "司机", "13839351244", "濮上街道新华社区 4 号楼 102"],
    ],
    lead: "tj03",
    counselor: "zx05",
    steps: [
      ["registered", 35],
      ["accepted", 35],
      ["in_mediation", 34],
      ["agreed", 34],
      ["closed", 19],
    ],
    sessions: [{ ago: 34, place: HALL, statements: [[0, "灯是我家电表走的。"], [1, "可以每年给她一百元。"]], facts: "楼道灯接在申请人电表上。", outcome: "当场达成口头协议。" }],
    agreement: { ago: 34, oral: true, facts: "楼道灯接在申请人家电表上，电费一直由申请人负担。", content: "被申请人每年支付申请人电费 100 元，年初支付。", method: "现金", performDays: 0 },
    followUps: [{ ago: 20, method: "phone", performed: "yes", satisfaction: "satisfied", situation: "已支付，双方和好。" }],
  },
  {
    type: "marriage_family",
    source: "application",
    color: "green",
    summary: "婆媳因照看孙子方式不同长期争吵，儿子夹在中间，家庭关系紧张。",
    items: "请求调解家庭矛盾。",
    parties: [
      ["applicant", "金秀英", "female", 62, "退休", "13839351245", "濮上街道绿城社区 5 号楼"],
      ["respondent", "方悦", "female", 32, "公司职员", "13839351246", "濮上街道绿城社区 5 号楼"],
    ],
    lead: "mediator",
    counselor: "counselor",
    steps: [
      ["registered", 90],
      ["accepted", 89],
      ["in_mediation", 88],
      ["agreed", 80],
      ["closed", 65],
      ["archived", 60],
    ],
    sessions: [{ ago: 88, place: STUDIO, statements: [[0, "我带孩子几十年了，她什么都不让我管。"], [1, "育儿观念不同，希望妈尊重我们的方式。"]], facts: "双方均关心孩子，矛盾在于育儿方式。", outcome: "引导双方换位思考，约定家庭会议。" }],
    agreement: { ago: 80, facts: "婆媳因育儿方式分歧长期争吵。", content: "一、每周召开一次家庭会议；\n二、孩子饮食作息按父母安排，祖母可提出建议；\n三、双方不在孩子面前争吵。", method: "自行履行", performDays: 14 },
    followUps: [{ ago: 66, method: "home", performed: "yes", satisfaction: "satisfied", situation: "家庭气氛明显缓和。" }],
    notes: [[85, "为家庭进行了一次家庭治疗式会谈，重点改善沟通方式。"]],
  },
  {
    type: "housing_land",
    source: "application",
    color: "yellow",
    colorReason: "双方曾有口角，一方年迈体弱。",
    summary: "前后两户因后户加盖二层遮挡前户采光产生纠纷。",
    items: "请求拆除加盖部分或补偿采光损失。",
    parties: [
      ["applicant", "江淑华", "female", 68, "农民", "13839351247", "濮上街道城东村二组 3 号"],
      ["respondent", "孟子轩", "male", 36, "农民", "13839351248", "濮上街道城东村二组 4 号"],
    ],
    lead: "tj02",
    counselor: "zx02",
    steps: [
      ["registered", 86],
      ["accepted", 85],
      ["in_mediation", 84],
      ["agreed", 78],
      ["closed", 62],
      ["archived", 58],
    ],
    sessions: [{ ago: 84, place: "城东村村委会", statements: [[0, "冬天屋里一点阳光都没有。"], [1, "已经盖好了，拆不了。"]], facts: "加盖部分未经审批。", outcome: "被申请人同意补偿并降低部分高度。" }],
    agreement: { ago: 78, facts: "被申请人加盖二层遮挡申请人采光。", content: "一、被申请人将加盖部分降低 1 米；\n二、补偿申请人 6000 元。", method: "现金，村委会见证", performDays: 14 },
    followUps: [{ ago: 63, method: "home", performed: "yes", satisfaction: "basically", situation: "已降低高度并支付补偿。" }],
  },
  {
    type: "other",
    source: "application",
    color: "green",
    summary: "申请人要求调解其与网店的网购退货纠纷。",
    items: "请求退货退款。",
    parties: [
      ["applicant", "覃雅琴", "female", 29, "公司职员", "13839351249", "濮上街道胜利路社区 8 号院"],
      ["respondent", "某网店（经营者 常宁）", "male", 33, "网店经营者", "13839351250", "浙江省义乌市"],
    ],
    lead: "tj03",
    steps: [
      ["registered", 83],
      ["rejected", 82, "被申请人在外省，且属消费纠纷，已引导申请人向平台和 12315 投诉。"],
      ["archived", 75],
    ],
  },
];

/** "当事人：甲、乙；调解员：丙、丁；心理咨询师：戊" */
function participantsOf(s: Scenario, nameOf: (username: string) => string): string {
  const mediators = [s.lead, s.assistant].filter((x): x is string => !!x).map(nameOf);
  return [`当事人：${s.parties.map((p) => p[1]).join("、")}`, `调解员：${mediators.join("、")}`, s.counselor ? `心理咨询师：${nameOf(s.counselor)}` : null].filter(Boolean).join("；");
}

function at(now: Date, daysAgo: number, minute: number): Date {
  // 09:00 local on that day, plus minutes for the order of the day's steps.
  const d = new Date(addLocalDays(startOfLocalDay(now), -daysAgo).getTime() + 9 * 3_600_000 + minute * 60_000);
  return d.getTime() < now.getTime() ? d : new Date(now.getTime() - 60 * 60_000 + minute * 60_000);
}

/**
 * 26 mediation cases over the last three months, in every state, with teams, sessions,
 * agreements, follow-ups and counsellor notes; some near and some past a deadline. Deterministic;
 * skipped when the database already holds cases.
 */
export function seedMediation(db: Db, now: Date): void {
  const any = db.select({ n: sql<number>`count(*)` }).from(mediationCases).get()?.n ?? 0;
  if (any > 0) return;
  const usernames = [...new Set(SCENARIOS.flatMap((s) => [s.lead, s.assistant, s.counselor].filter((x): x is string => !!x)))];
  const staff = new Map(db.select({ id: users.id, username: users.username, name: users.name }).from(users).where(inArray(users.username, usernames)).all().map((u) => [u.username, u]));
  if (usernames.some((u) => !staff.has(u))) return;
  const uid = (username: string) => staff.get(username)!.id;
  const participants = (s: Scenario) => participantsOf(s, (u) => staff.get(u)!.name);

  // The register's people who appear as parties (the demo residents), matched by name and phone.
  const known = new Map(db.select({ id: residents.id, name: residents.name, phone: residents.phone }).from(residents).all().map((r) => [`${r.name}/${r.phone}`, r.id]));

  const ordered = SCENARIOS.map((s, i) => ({ s, i })).sort((a, b) => b.s.steps[0][1] - a.s.steps[0][1] || a.i - b.i);
  const seqByYear = new Map<number, number>();
  for (const { s, i } of ordered) {
    const registeredAt = at(now, s.steps[0][1], i);
    const year = localYear(registeredAt);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const leadId = uid(s.lead);
    const stepAt = (k: number) => at(now, s.steps[k][1], i + k * 30);
    const reached = (status: MediationStatus) => s.steps.findIndex(([st]) => st === status);
    const status = s.steps[s.steps.length - 1][0];
    const acceptedIdx = reached("accepted");
    const acceptedAt = acceptedIdx >= 0 ? stepAt(acceptedIdx) : null;
    const agreedIdx = reached("agreed");
    const closedIdx = reached("closed");
    const archivedIdx = reached("archived");

    const signedOn = s.agreement ? toLocalDate(at(now, s.agreement.ago, i)) : null;
    const agreement = s.agreement && signedOn ? { signedOn, performanceDeadlineOn: s.agreement.performDays === null ? null : addDaysToDate(signedOn, s.agreement.performDays) } : null;
    const lastFollowUp = s.followUps?.[s.followUps.length - 1];
    let followUpDueOn: string | null = null;
    if (agreement && status !== "archived") {
      if (!lastFollowUp) followUpDueOn = followUpDueAfterAgreement(agreement);
      else if (lastFollowUp.performed !== "yes") followUpDueOn = addDaysToDate(toLocalDate(at(now, lastFollowUp.ago, i)), 15);
    }
    const deadlineOn = acceptedAt ? settlementDeadline(acceptedAt) : null;

    const { id } = db
      .insert(mediationCases)
      .values({
        caseNo: formatCaseNo(year, seq),
        year,
        seq,
        source: s.source,
        disputeType: s.type,
        summary: s.summary,
        requestedItems: s.items,
        riskColor: s.color,
        riskReason: s.colorReason ?? null,
        status,
        leadMediatorId: leadId,
        acceptedAt,
        deadlineOn,
        extendedDeadlineOn: s.extension && deadlineOn ? addDaysToDate(deadlineOn, s.extension.days) : null,
        extensionReason: s.extension?.reason ?? null,
        extendedAt: s.extension ? at(now, s.extension.ago, i) : null,
        extendedBy: s.extension ? leadId : null,
        agreedAt: agreedIdx >= 0 ? stepAt(agreedIdx) : null,
        followUpDueOn,
        closedAt: closedIdx >= 0 ? stepAt(closedIdx) : null,
        archivedAt: archivedIdx >= 0 ? stepAt(archivedIdx) : null,
        createdBy: leadId,
        createdAt: registeredAt,
      })
      .returning({ id: mediationCases.id })
      .get();

    const partyIds = s.parties.map(([role, name, gender, age, occupation, phone, address, ethnicity], k) => {
      return db
        .insert(mediationParties)
        .values({ caseId: id, role, sortOrder: k, residentId: known.get(`${name}/${phone}`) ?? null, name, gender, ethnicity: ethnicity ?? "汉族", age, occupation, phone, address })
        .returning({ id: mediationParties.id })
        .get().id;
    });

    const team: { userId: number; role: "lead" | "assistant" | "counselor" }[] = [{ userId: leadId, role: "lead" }];
    if (s.assistant) team.push({ userId: uid(s.assistant), role: "assistant" });
    if (s.counselor) team.push({ userId: uid(s.counselor), role: "counselor" });
    db.insert(mediationTeam).values(team.map((m) => ({ caseId: id, ...m, assignedAt: registeredAt, assignedBy: leadId }))).run();

    s.steps.forEach(([to, , reason], k) => {
      db.insert(mediationTransitions).values({ caseId: id, fromStatus: k === 0 ? null : s.steps[k - 1][0], toStatus: to, byId: leadId, at: stepAt(k), reason: reason ?? null }).run();
    });

    for (const [k, m] of (s.sessions ?? []).entries()) {
      const heldAt = at(now, m.ago, 30 + k);
      db.insert(mediationSessions)
        .values({
          caseId: id,
          heldAt,
          endAt: new Date(heldAt.getTime() + 90 * 60_000),
          place: m.place,
          participants: participants(s),
          statements: m.statements.map(([p, text]) => ({ partyId: partyIds[p], text })),
          facts: m.facts,
          outcome: m.outcome,
          recorderId: leadId,
          createdAt: heldAt,
        })
        .run();
    }

    if (s.agreement && agreement) {
      db.insert(mediationAgreements)
        .values({
          caseId: id,
          agreementNo: formatAgreementNo(year, seq),
          oral: s.agreement.oral ?? false,
          facts: s.agreement.facts,
          content: s.agreement.content,
          performanceMethod: s.agreement.method,
          performanceDeadlineOn: agreement.performanceDeadlineOn,
          signedOn: agreement.signedOn,
          createdBy: leadId,
          createdAt: at(now, s.agreement.ago, i),
        })
        .run();
    }

    for (const f of s.followUps ?? []) {
      const visitedAt = at(now, f.ago, i + 60);
      db.insert(mediationFollowUps)
        .values({
          caseId: id,
          visitedAt,
          method: f.method,
          byId: s.counselor && f.method === "home" ? uid(s.counselor) : leadId,
          performed: f.performed,
          satisfaction: f.satisfaction,
          situation: f.situation,
          risks: f.risks ?? null,
          measures: f.measures ?? null,
          createdAt: visitedAt,
        })
        .run();
    }

    for (const [ago, text] of s.notes ?? []) {
      if (!s.counselor) continue;
      db.insert(mediationSupportNotes).values({ caseId: id, authorId: uid(s.counselor), text, createdAt: at(now, ago, i + 90) }).run();
    }
  }
}
