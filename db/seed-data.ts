import type { CounselorKind, Role } from "./schema";

/** The eight rooms, exactly as DESIGN.md lists them. Hours are [open, close) minutes of the local day. */
const WEEKDAY: [number, number] = [8 * 60 + 30, 17 * 60 + 30];
const SATURDAY: [number, number] = [9 * 60, 16 * 60];
const weekHours = (saturday: boolean): ([number, number] | null)[] => [null, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, saturday ? SATURDAY : null];

export const ROOMS = [
  { code: "self-service", name: "心理服务自助系统", mode: "shared", capacity: 4, residentBookable: true, staffRequired: false, icon: "🖥️", description: "四台心理自评终端，居民可自助完成 PHQ-9、GAD-7 等量表测评。", openingHours: weekHours(true), minMinutes: 15, maxMinutes: 60 },
  { code: "studio", name: "心理服务工作室", mode: "exclusive", capacity: 1, residentBookable: false, staffRequired: true, icon: "🛋️", description: "一对一、家庭心理咨询的专用工作室，隔音、私密。", openingHours: weekHours(true), minMinutes: 30, maxMinutes: 180 },
  { code: "exercise", name: "运动减压室", mode: "shared", capacity: 6, residentBookable: true, staffRequired: false, icon: "🏃", description: "跑步机、动感单车等器材，通过运动释放压力。", openingHours: weekHours(true), minMinutes: 30, maxMinutes: 120 },
  { code: "vr", name: "VR心灵陪护宣泄系统", mode: "exclusive", capacity: 1, residentBookable: false, staffRequired: true, icon: "🥽", description: "沉浸式 VR 放松与情绪宣泄，须有工作人员在场陪护。", openingHours: weekHours(false), minMinutes: 30, maxMinutes: 90 },
  { code: "emotion", name: "情绪互动宣泄室", mode: "exclusive", capacity: 1, residentBookable: true, staffRequired: false, icon: "🥊", description: "宣泄人、击打墙等设施，安全地释放愤怒与压抑情绪。", openingHours: weekHours(true), minMinutes: 30, maxMinutes: 60 },
  { code: "music", name: "音乐放松室", mode: "shared", capacity: 4, residentBookable: true, staffRequired: false, icon: "🎵", description: "音乐放松椅与音乐治疗系统，舒缓紧张与焦虑。", openingHours: weekHours(true), minMinutes: 30, maxMinutes: 90 },
  { code: "sandplay", name: "沙盘活动室", mode: "exclusive", capacity: 1, residentBookable: false, staffRequired: true, icon: "🏖️", description: "沙盘治疗与小团体活动。", openingHours: weekHours(true), minMinutes: 30, maxMinutes: 180 },
  { code: "sleep", name: "睡眠小屋", mode: "exclusive", capacity: 1, residentBookable: true, staffRequired: false, icon: "🌙", description: "安静的休憩空间，配有助眠设备，帮助改善睡眠。", openingHours: weekHours(true), minMinutes: 30, maxMinutes: 120 },
] as const satisfies readonly {
  code: string;
  name: string;
  mode: "exclusive" | "shared";
  capacity: number;
  residentBookable: boolean;
  staffRequired: boolean;
  icon: string;
  description: string;
  openingHours: ([number, number] | null)[];
  minMinutes: number;
  maxMinutes: number;
}[];

export const DEMO_PASSWORD = "Ankang#2026";

export interface DemoAccount {
  username: string;
  name: string;
  roles: Role[];
  gender: "male" | "female";
  title?: string;
  counselorKind?: CounselorKind;
  specialties?: string[];
  qualifications?: string;
  bio?: string;
  phone: string;
}

/** The accounts API.md names, each with the password DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", name: "王建华", roles: ["admin"], gender: "male", title: "中心主任", phone: "13903930001" },
  { username: "counselor", name: "李静怡", roles: ["counselor", "hotline"], gender: "female", title: "心理咨询师", counselorKind: "expert", specialties: ["情绪管理", "危机干预", "婚姻家庭"], qualifications: "国家二级心理咨询师，濮阳市心理学会会员", bio: "从事心理咨询工作十二年，擅长情绪困扰与危机干预。", phone: "13903930002" },
  { username: "counselor2", name: "赵明远", roles: ["counselor"], gender: "male", title: "心理咨询师", counselorKind: "volunteer", specialties: ["青少年成长", "亲子关系", "学业压力"], qualifications: "心理学硕士，注册心理师", bio: "长期关注青少年心理健康，周末在中心做志愿服务。", phone: "13903930003" },
  { username: "mediator", name: "孙德胜", roles: ["mediator"], gender: "male", title: "人民调解员", phone: "13903930004" },
  { username: "hotline", name: "周晓梅", roles: ["hotline"], gender: "female", title: "热线值守员", phone: "13903930005" },
  { username: "teacher", name: "陈雨桐", roles: ["teacher"], gender: "female", title: "团体辅导老师", phone: "13903930006" },
  { username: "carer", name: "刘桂芳", roles: ["carer"], gender: "female", title: "网格员", phone: "13903930007" },
];

export const DEMO_RESIDENTS = [
  { username: "resident", name: "张秀英", gender: "female", birthYear: 1968, phone: "13839300011", address: "濮上街道建设路社区 12 号楼 2 单元 301", community: "建设路社区" },
  { username: "resident2", name: "马国强", gender: "male", birthYear: 1985, phone: "13839300012", address: "濮上街道胜利路社区 5 号院 3 号", community: "胜利路社区" },
] as const;

export const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
export const GIVEN_MALE = "伟 强 磊 军 洋 勇 杰 涛 超 明 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 建国 志强 海涛 文博 子轩 宏伟 振华 国栋 永刚 立新".split(" ");
export const GIVEN_FEMALE = "芳 娜 敏 静 丽 艳 娟 霞 秀英 玲 桂英 丹 萍 红 玉兰 婷 雪 慧 颖 琳 倩 晶 欣 怡 佳 悦 梦 雨 诗涵 雅琴 淑华 春梅 晓燕 海燕 丽华 秀兰 凤英 慧敏 思琪 雨欣".split(" ");

export const SPECIALTIES = ["情绪管理", "婚姻家庭", "青少年成长", "亲子关系", "职场压力", "老年心理", "危机干预", "睡眠问题", "哀伤辅导", "社区矫正心理辅导", "沙盘治疗", "音乐治疗", "学业压力", "人际关系"];

export const COUNSELOR_TITLES: Record<CounselorKind, { title: string; qualifications: string[] }> = {
  expert: { title: "心理咨询专家", qualifications: ["濮阳市心理学会理事，国家二级心理咨询师", "精神科主治医师，濮阳市心理学会会员", "高校心理学副教授，注册督导师"] },
  volunteer: { title: "志愿咨询师", qualifications: ["国家三级心理咨询师", "心理学硕士", "社会工作师，心理咨询志愿者"] },
  guide: { title: "社区心理指导师", qualifications: ["社区心理指导师（中级）", "社区心理指导师（初级）", "社会工作者，社区心理指导师"] },
};
