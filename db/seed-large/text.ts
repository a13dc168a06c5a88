import type { RoomCode } from "./calendar";

/** The catalogue of the large centre: the demo services, weighted for a busy year (shared rooms carry more). */
export const LARGE_SERVICES: { name: string; minutes: number; rooms: RoomCode[]; specialty: string | null; weight: number }[] = [
  { name: "个体心理咨询", minutes: 50, rooms: ["studio", "sandplay", "sleep"], specialty: null, weight: 35 },
  { name: "家庭咨询", minutes: 90, rooms: ["studio", "sandplay"], specialty: "婚姻家庭", weight: 6 },
  { name: "沙盘治疗", minutes: 60, rooms: ["sandplay"], specialty: "沙盘治疗", weight: 6 },
  { name: "音乐放松", minutes: 45, rooms: ["music"], specialty: null, weight: 14 },
  { name: "VR心灵陪护", minutes: 30, rooms: ["vr"], specialty: null, weight: 6 },
  { name: "测评结果解读", minutes: 30, rooms: ["self-service", "studio"], specialty: null, weight: 20 },
  { name: "睡眠改善指导", minutes: 40, rooms: ["sleep"], specialty: "睡眠问题", weight: 8 },
  { name: "情绪宣泄陪护", minutes: 30, rooms: ["emotion"], specialty: null, weight: 5 },
];

export const SESSION_NOTES = [
  { issue: "来访者近两个月入睡困难、早醒，白天精力差。", assessment: "睡眠问题伴轻度焦虑，社会功能基本保持。", intervention: "睡眠卫生教育，渐进式肌肉放松。", plan: "每两周一次，共四次。" },
  { issue: "来访者与青春期孩子冲突频繁，感到无力。", assessment: "亲子沟通模式僵化，无危机风险。", intervention: "情绪命名与共情练习。", plan: "建议家庭咨询。" },
  { issue: "来访者退休后感到失落、孤独。", assessment: "适应性情绪低落，家庭支持较好。", intervention: "生命回顾，行为激活作业。", plan: "每周一次，共六次。" },
  { issue: "来访者工作压力大，易怒。", assessment: "职场压力反应，情绪调节困难。", intervention: "认知重评练习，腹式呼吸训练。", plan: "每周一次，共四次。" },
  { issue: "来访者考前紧张，注意力难以集中。", assessment: "考试焦虑，程度中等。", intervention: "放松训练，制定作息计划。", plan: "每周一次至考试结束。" },
];

export const CALL_SUMMARIES = [
  "来电者诉近期情绪低落，睡眠差，倾听并给予情绪支持。",
  "来电者与家人争吵后情绪激动，进行情绪疏导。",
  "来电者咨询中心预约流程，已告知预约方式。",
  "来电者孩子厌学，提供亲子沟通建议并推荐预约咨询。",
  "来电者工作压力大，讨论应对方法。",
  "来电者反映邻里纠纷，建议到中心申请人民调解。",
  "来电者有消极想法，评估风险并制定安全计划。",
];

export const CASE_SUMMARIES: Record<string, string> = {
  marriage_family: "夫妻因家庭开支与子女抚养问题发生纠纷，申请调解。",
  neighbour: "邻里因噪音与公共区域堆放杂物发生纠纷。",
  housing_land: "亲属间因房屋分割与宅基地使用发生争议。",
  property_mgmt: "业主与物业公司因物业费与维修责任发生纠纷。",
  labour: "务工人员与雇主因工资结算发生争议。",
  damages: "双方因交通事故赔偿数额发生争议。",
  debt: "亲友间借款到期未还引发纠纷。",
  other: "居民之间因琐事发生口角，要求调解。",
};

export const OCCUPATIONS = ["个体经营", "退休", "务工", "教师", "职员", "无业", "农民", "司机"];

export const ACTIVITY_TITLES: { title: string; type: "group_counselling" | "lecture" | "stress_relief" | "parent_child" | "other" }[] = [
  { title: "情绪管理团体辅导", type: "group_counselling" },
  { title: "亲子沟通工作坊", type: "parent_child" },
  { title: "心理健康讲座", type: "lecture" },
  { title: "社区减压操", type: "stress_relief" },
  { title: "老年音乐放松小组", type: "stress_relief" },
  { title: "青少年团体沙盘", type: "group_counselling" },
  { title: "正念冥想体验", type: "other" },
];

export const VISIT_OBSERVATIONS = [
  { family: "家庭关系稳定", health: "身体状况良好", economic: "收入稳定", mental: "情绪平稳" },
  { family: "与子女联系较少", health: "慢性病按时服药", economic: "低保户", mental: "偶有孤独感" },
  { family: "家庭矛盾有所缓和", health: "睡眠欠佳", economic: "收入一般", mental: "情绪波动较大" },
  { family: "独居", health: "行动不便", economic: "依靠养老金", mental: "情绪低落" },
];

export const COMMUNITIES = ["建设路社区", "胜利路社区", "京开道社区", "长庆社区", "新华社区", "绿城社区", "中原路社区", "开州社区"];
