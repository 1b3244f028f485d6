// How volunteers really fill the 核查状态 column, each phrase with what paicha reads. A status code is
// a plain reading; `guess:CODE` is a `status-guess` warning suggesting CODE's word (the dwelling counts
// as pending until fixed); `enum` is an unknown word (an error; pending). The README's status section
// is generated from this table (test/lib/cells/status-readme.ts) and a test keeps the two in step.
import type { Status } from '../../../lib/cells/status.ts';

export type Expected = Status | `guess:${'visited' | 'phoned' | 'vacant' | 'verified_way_unknown'}` | 'enum';

export type CorpusRow = readonly [phrase: string, expected: Expected];

export const STATUS_CORPUS: readonly CorpusRow[] = [
  // In person.
  ['入户登记', 'visited'], ['已入户', 'visited'], ['入户', 'visited'], ['已登记', 'visited'], ['登记', 'visited'],
  ['已走访', 'visited'], ['上门登记', 'visited'], ['入户核实', 'visited'], ['入户已登记', 'visited'],
  ['已入户登记', 'visited'], ['入户登记完成', 'visited'], ['已上门登记', 'visited'], ['走访登记', 'visited'],
  ['现场登记', 'visited'], ['当面核实', 'visited'], ['已入户核实', 'visited'], ['户主本人已登记', 'visited'],
  ['入户（已登记）', 'visited'], ['【已入户】', 'visited'], [' 入户登记 ', 'visited'], ['入户　登记', 'visited'],
  ['入户登记。', 'visited'], ['入户\n登记', 'visited'], ['入户\u200b登记', 'visited'], ['ＶＩＳＩＴＥＤ', 'visited'],
  ['visited', 'visited'], ['Registered', 'visited'], ['in person', 'visited'],
  ['入戶登記', 'visited'], ['已入戶', 'visited'], ['已登記', 'visited'], ['上門登記', 'visited'], ['入戶核實', 'visited'],

  // By phone: 电话 wins over 登记.
  ['电话登记', 'phoned'], ['电话', 'phoned'], ['电话核实', 'phoned'], ['电话联系', 'phoned'], ['电话确认', 'phoned'],
  ['已电话登记', 'phoned'], ['电联', 'phoned'], ['电话已登记', 'phoned'], ['已登记（电话）', 'phoned'],
  ['已登记(电话)', 'phoned'], ['入户登记（电话）', 'phoned'], ['电话登记完成', 'phoned'], ['电话联系上', 'phoned'],
  ['电话已接通', 'phoned'], ['已电话核实', 'phoned'], ['手机登记', 'phoned'], ['微信登记', 'phoned'],
  ['视频核实', 'phoned'], ['电话联系户主已登记', 'phoned'], ['致电确认', 'phoned'], ['电话核实无误', 'phoned'],
  ['电话-已登记', 'phoned'], ['已登记/电话', 'phoned'], ['phoned', 'phoned'], ['By phone', 'phoned'], ['called', 'phoned'],
  ['電話登記', 'phoned'], ['電話核實', 'phoned'], ['電話已登記', 'phoned'], ['已登記（電話）', 'phoned'], ['電聯', 'phoned'],

  // Vacant, confirmed.
  ['空置', 'vacant'], ['空置户', 'vacant'], ['空房', 'vacant'], ['空置已核实', 'vacant'], ['空置（已核实）', 'vacant'],
  ['空置(已核实)', 'vacant'], ['空房已确认', 'vacant'], ['空置已确认', 'vacant'], ['房屋空置', 'vacant'],
  ['空置房', 'vacant'], ['空户', 'vacant'], ['电话核实空置', 'vacant'], ['空置-已核实', 'vacant'],
  ['vacant', 'vacant'], ['Empty', 'vacant'],
  ['空置已核實', 'vacant'], ['空房已確認', 'vacant'], ['空置（已核實）', 'vacant'],

  // Done, the way not said: counted, with an info asking for the way.
  ['已核实', 'verified_way_unknown'], ['核实', 'verified_way_unknown'], ['已核查', 'verified_way_unknown'],
  ['核查完毕', 'verified_way_unknown'], ['完成', 'verified_way_unknown'], ['已完成', 'verified_way_unknown'],
  ['已确认', 'verified_way_unknown'], ['已排查', 'verified_way_unknown'], ['排查完毕', 'verified_way_unknown'],
  ['核查完成', 'verified_way_unknown'], ['已联系上', 'verified_way_unknown'], ['已核实无误', 'verified_way_unknown'],
  ['√', 'verified_way_unknown'], ['✓', 'verified_way_unknown'], ['✔', 'verified_way_unknown'], ['☑', 'verified_way_unknown'],
  ['✅', 'verified_way_unknown'], ['是', 'verified_way_unknown'], ['OK', 'verified_way_unknown'], ['done', 'verified_way_unknown'],
  ['Verified', 'verified_way_unknown'],
  ['已核實', 'verified_way_unknown'], ['核查完畢', 'verified_way_unknown'], ['已確認', 'verified_way_unknown'],

  // Typos and words among unknown ones: a warning with the word to type; pending until fixed.
  ['入户等记', 'guess:visited'], ['入护登记', 'guess:visited'], ['电化登记', 'guess:phoned'], ['登计', 'guess:visited'],
  ['已等记', 'guess:visited'], ['入户登计', 'guess:visited'], ['电话等记', 'guess:phoned'], ['电话登计', 'guess:phoned'],
  ['空置已核时', 'guess:vacant'], ['已核时', 'guess:verified_way_unknown'], ['入户登', 'guess:visited'],
  ['入户登记记', 'guess:visited'], ['入户登记（老人）', 'guess:visited'], ['3号楼已入户', 'guess:visited'],
  ['出租户已登记', 'guess:visited'], ['已联系', 'guess:phoned'], ['联系', 'guess:phoned'], ['已上门', 'guess:visited'],
  ['上门', 'guess:visited'], ['手机', 'guess:phoned'], ['微信', 'guess:phoned'], ['已电话', 'guess:phoned'],
  ['入戶等記', 'guess:visited'], ['電化登記', 'guess:phoned'], ['已聯繫', 'guess:phoned'],

  // Nobody answered, the phone failed, no contact: never verified, whatever else the cell says.
  ['敲不开门', 'no_answer'], ['无人应答', 'no_answer'], ['无应答', 'no_answer'], ['未开门', 'no_answer'], ['无人', 'no_answer'],
  ['电话关机', 'no_answer'], ['关机', 'no_answer'], ['停机', 'no_answer'], ['空号', 'no_answer'], ['电话空号', 'no_answer'],
  ['无人接听', 'no_answer'], ['电话无人接听', 'no_answer'], ['未接通', 'no_answer'], ['打不通', 'no_answer'],
  ['电话打不通', 'no_answer'], ['联系不上', 'no_answer'], ['未联系上', 'no_answer'], ['没联系上', 'no_answer'],
  ['无法联系', 'no_answer'], ['失联', 'no_answer'], ['没人开门', 'no_answer'], ['无人开门', 'no_answer'],
  ['敲门不应', 'no_answer'], ['敲门无人', 'no_answer'], ['敲门无人应答', 'no_answer'], ['电话未接', 'no_answer'],
  ['占线', 'no_answer'], ['号码错误', 'no_answer'], ['电话停机', 'no_answer'], ['电话欠费停机', 'no_answer'],
  ['入户登记（电话关机）', 'no_answer'], ['已登记，电话关机', 'no_answer'], ['电话登记 - 空号', 'no_answer'],
  ['no answer', 'no_answer'], ['Phone off', 'no_answer'], ['unreachable', 'no_answer'],
  ['敲不開門', 'no_answer'], ['無人應答', 'no_answer'], ['電話關機', 'no_answer'], ['沒人開門', 'no_answer'],
  ['聯繫不上', 'no_answer'], ['無人接聽', 'no_answer'],

  // Not at home.
  ['不在家', 'not_home'], ['外出', 'not_home'], ['家中无人', 'not_home'], ['在外地', 'not_home'], ['外出打工', 'not_home'],
  ['外出务工', 'not_home'], ['出差', 'not_home'], ['住院', 'not_home'], ['回老家', 'not_home'], ['人不在', 'not_home'],
  ['不在本地', 'not_home'], ['没在家', 'not_home'], ['家里没人', 'not_home'], ['春节回老家未返', 'not_home'],
  ['入户登记，户主外出', 'not_home'], ['not home', 'not_home'], ['away', 'not_home'],
  ['外出務工', 'not_home'], ['家裡沒人', 'not_home'],

  // Nobody seems to live there (not confirmed).
  ['无人居住', 'uninhabited'], ['疑似空置', 'uninhabited'], ['疑似无人居住', 'uninhabited'], ['已搬走', 'uninhabited'],
  ['搬走了', 'uninhabited'], ['搬家', 'uninhabited'], ['邻居说没人住', 'uninhabited'], ['好像没人住', 'uninhabited'],
  ['长期无人居住', 'uninhabited'], ['没人住', 'uninhabited'], ['空置待核实', 'uninhabited'], ['空置?', 'uninhabited'],
  ['疑似空房', 'uninhabited'], ['moved out', 'uninhabited'],
  ['無人居住', 'uninhabited'], ['已搬離', 'uninhabited'], ['鄰居說沒人住', 'uninhabited'], ['空置待核實', 'uninhabited'],

  // Refused.
  ['拒绝登记', 'refused'], ['拒绝', 'refused'], ['拒登', 'refused'], ['拒访', 'refused'], ['拒接', 'refused'],
  ['拒不配合', 'refused'], ['不配合', 'refused'], ['不愿登记', 'refused'], ['不肯开门', 'refused'], ['户主拒绝', 'refused'],
  ['电话拒接', 'refused'], ['refused', 'refused'],
  ['拒絕登記', 'refused'], ['不願登記', 'refused'],

  // Not yet, put off, or only supposed.
  ['待核查', 'pending'], ['未走访', 'pending'], ['待走访', 'pending'], ['未核查', 'pending'], ['待定', 'pending'],
  ['未登记', 'pending'], ['没登记', 'pending'], ['没有登记', 'pending'], ['未入户', 'pending'], ['未能入户', 'pending'],
  ['尚未登记', 'pending'], ['暂未登记', 'pending'], ['明天再来', 'pending'], ['改天再来', 'pending'], ['下次再来', 'pending'],
  ['需再次核实', 'pending'], ['待回电', 'pending'], ['未电话登记', 'pending'], ['出租', 'pending'], ['✗', 'pending'],
  ['×', 'pending'], ['否', 'pending'], ['-', 'pending'], ['/', 'pending'], ['—', 'pending'], ['入户登记?', 'pending'],
  ['已登记？', 'pending'], ['应该已登记', 'pending'], ['可能已登记', 'pending'], ['据说已登记', 'pending'],
  ['非本小区', 'pending'], ['pending', 'pending'], ['todo', 'pending'], ['not visited', 'pending'],
  ['未登記', 'pending'], ['沒登記', 'pending'], ['尚未登記', 'pending'], ['待覈查', 'pending'],

  // Not a status: an error asking for one of the words.
  ['看情况', 'enum'], ['老人独居', 'enum'], ['租户', 'enum'], ['晚上有灯', 'enum'], ['有人', 'enum'], ['在家', 'enum'],
  ['x', 'enum'], ['maybe', 'enum'], ['见备注', 'enum'], ['Visited (by phone)', 'enum'],
];
