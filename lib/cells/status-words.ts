// The household status vocabulary as data: what each status is called, and the words inside a longer
// cell that say it. Written in Simplified; Traditional cells fold onto these through groupKey (a test
// converts the whole table to Traditional and reads it back). parseStatus (status.ts) says in what order
// the tables are read: a failure always wins, and only a cell made wholly of known words counts verified.
// Lists are space-separated strings, split on first use: the add-on bundle carries every character
// (a Chinese one as six bytes), and a string of words is the smallest way to write them.
import type { Status } from './status.ts';

/** A space-separated list as its words. */
export const words = (list: string): readonly string[] => list.split(' ');

/**
 * Whole cells, matched exactly after folding (script, width, case, spaces, punctuation): each status's
 * word first, then what the reading rules below would not give on their own (入户 alone, 已走访, 电联,
 * 出租, a bare 是) and the English words. Everything else teams write is read by the rules — the corpus
 * in test/lib/cells/status-corpus.ts holds 270 such phrases.
 */
export const PHRASES: Readonly<Record<Status, string>> = {
  visited: '入户登记 入户 已入户 已走访 visited registered inperson',
  phoned: '电话登记 电话 电联 phoned byphone phone called',
  vacant: '空置已核实 空置 vacant empty vacantconfirmed',
  verified_way_unknown: '已核实 已查 已核 是 ok y yes done verified checked complete completed',
  no_answer: '敲不开门 noanswer noreply noresponse phoneoff switchedoff unreachable',
  not_home: '不在家 nothome notathome away out',
  uninhabited: '疑似无人居住 无人居住 uninhabited seemsuninhabited seemsempty movedout moved',
  refused: '拒绝登记 refused declined',
  pending: '待核查 出租 pending todo notvisited notregistered',
};

/**
 * Words that say a contact failed, did not happen or is only supposed. One of them anywhere in a cell
 * makes it not verified, whatever else the cell says (未登记 is not 登记, 电话关机 is not 电话). The
 * negation characters are a rule, not a list: 未/没/不/无/非/否/别/莫 before any word (未能入户, 没有登记,
 * 无法联系), or inside a verb (联系不上, 打不通), and 拒 (refusal), 待/尚/暂 (not yet).
 */
export const NEGATIONS = '未没不无非否别莫拒待尚暂';

/** Words with no negation character that still say the contact failed, was put off or is unsure. */
export const FAILURE_WORDS =
  '关机 停机 空号 错号 号码错 占线 忙音 失联 欠费 外出 在外 出差 出门 住院 回老家 搬 明天 改天 下次 回头 稍后 晚点 再 需 请 要 ' +
  '疑似 好像 似乎 可能 也许 据说 听说 说 估计 大概 应该 ? ✗ ✘ ×';

/** Phrases with a negation character that say nothing failed (核实无误: verified, no errors). */
export const POSITIVE_IDIOMS = '无误 无异常 无异议 无问题 没问题 无发热 无症状 无疑';

/**
 * Once a cell is known not to be verified, the words that say why, tried in this order (拒 before
 * anything, a vacancy before an absence, an absence before a failed call). None of them: `pending`.
 */
export const REASONS: readonly (readonly [Status, string])[] = [
  ['refused', '拒 不配合 不愿 不肯 不让 不同意 不接受 谢绝'],
  ['uninhabited', '搬 没人住 无人住 无人居住 没人居住 不住 没住 未住 未入住 没入住 无住户 空置 空房 空屋 空户 长期无人 常年无人'],
  ['not_home', '不在 没在 外出 在外 出差 出门 回老家 住院 家中无人 家里没人 家里无人 家中没人 没回 未回 不回 未返 没返'],
  [
    'no_answer',
    '关机 停机 空号 错号 号码错 欠费 接听 接通 未接 没接 不接 打不通 不通 占线 忙音 应答 回应 不应 开门 敲门 敲不开 联系 失联 无人 没人 找不到',
  ],
];

/** Words that make up a verified cell. A cell counts verified only when it is made wholly of these. */
export const WAYS = {
  /** By phone (电话 wins over 登记: 已登记（电话） was by phone). */
  phoned: '电话 手机 致电 电联 来电 回电 通话 打电话 微信 视频 接通',
  /** In person. */
  visited: '入户 上门 走访 当面 面访 现场 见面 到户 进户 登门',
  /** A vacancy (with or without 核实/确认: 空置（已核实）). */
  vacant: '空置 空房 空屋 空户 空置房 房屋空置',
} as const;

/** A verification done; 登记 alone reads as in person (DESIGN.md: 已登记 is `visited`). */
export const REGISTERED = '登记';

/** Done, way not said: 已核实, 核查完毕, 完成, ✓. */
export const DONE = '核实 核查 确认 核对 排查 摸排 查验 采集 填报 完成 完毕 结束 办结 ✓ ✔ √ ☑ ✅';

/** Reached, way not said (已联系上, 找到本人): done too, but too plain a word to read through a slip. */
export const REACHED = '联系上 联系到 找到 见到 接通';

/** 联系 without 上/到 (已联系) says contact, not that the household was registered: a guess at 电话登记. */
export const CONTACT = '联系 沟通';

/** Words that add nothing to a verified cell: 已, 户主本人, 情况, 通过… */
export const FILLERS =
  '已 已经 经 均 都 过 了 好 成功 户 住户 户主 本人 家属 亲属 家人 子女 全家 全部 情况 信息 人员 状态 方式 正常 属实 一致 ' +
  '通过 并 和 及 与 后 进行 于 由 向 给 打 人 房屋 此户 该户 本户 无误 无异常 无异议 无问题 没问题 无发热 无症状 的 已于';

/** The word a cell should say for each status read by a guess, in each script and in English. */
export const CANONICAL: Readonly<Partial<Record<Status, { readonly hans: string; readonly hant: string; readonly en: string }>>> = {
  visited: { hans: '入户登记', hant: '入戶登記', en: 'visited' },
  phoned: { hans: '电话登记', hant: '電話登記', en: 'phoned' },
  vacant: { hans: '空置已核实', hant: '空置已核實', en: 'vacant' },
  verified_way_unknown: { hans: '已核实', hant: '已核實', en: 'verified' },
};
