import type { Status } from '../cells/status.ts';
import type { NextStep } from '../datasets/households/tally.ts';
import type { Words } from './locale.ts';

/** What a cell should hold, named in each locale (the `expected` of a cell problem). */
export const EXPECTED: Record<string, Words> = {
  integer: { 'zh-Hans': '整数', 'zh-Hant': '整數', en: 'a whole number' },
  building: { 'zh-Hans': '楼号（如 12 或 12号楼）', 'zh-Hant': '樓號（如 12 或 12號樓）', en: 'a building number (e.g. 12)' },
  unit: { 'zh-Hans': '单元号（如 3 或 3单元）', 'zh-Hant': '單元號（如 3 或 3單元）', en: 'a unit number (e.g. 3)' },
  room: { 'zh-Hans': '门牌号（如 301）', 'zh-Hant': '門牌號（如 301）', en: 'a room number (e.g. 301)' },
  money: {
    'zh-Hans': '人民币金额（如 5000 或 5000元）',
    'zh-Hant': '人民幣金額（如 5000 或 5000元）',
    en: 'an amount in yuan (e.g. 5000)',
  },
  'money-cny': {
    'zh-Hans': '人民币金额（外币请单独列出，不计入人民币合计）',
    'zh-Hant': '人民幣金額（外幣請單獨列出，不計入人民幣合計）',
    en: 'an amount in yuan (list other currencies in their own column)',
  },
  date: { 'zh-Hans': '日期（如 2020-02-01）', 'zh-Hant': '日期（如 2020-02-01）', en: 'a date (e.g. 2020-02-01)' },
  'real-date': {
    'zh-Hans': '日历上有的日期（月份 1–12，日期不超过该月天数）',
    'zh-Hant': '日曆上有的日期（月份 1–12，日期不超過該月天數）',
    en: 'a day that exists (month 1–12, day within the month)',
  },
  phone: {
    'zh-Hans': '电话号码（11 位手机号或带区号的座机）',
    'zh-Hant': '電話號碼（11 位手機號或帶區號的座機）',
    en: 'a phone number (11-digit mobile or landline with area code)',
  },
  'id-number': { 'zh-Hans': '18 位身份证号', 'zh-Hant': '18 位身分證號', en: 'an 18-character ID number' },
  boolean: { 'zh-Hans': '是或否', 'zh-Hant': '是或否', en: 'yes or no' },
  status: { 'zh-Hans': '核查状态', 'zh-Hant': '核查狀態', en: 'a status' },
  text: { 'zh-Hans': '文字', 'zh-Hant': '文字', en: 'text' },
  'donation-kind': { 'zh-Hans': '捐款或捐物', 'zh-Hant': '捐款或捐物', en: 'cash or goods' },
  'money-foreign': {
    'zh-Hans': '该外币的金额（如 100 或 $100，不要写人民币）',
    'zh-Hant': '該外幣的金額（如 100 或 $100，不要寫人民幣）',
    en: 'an amount in the column’s currency (e.g. 100 or $100, not yuan)',
  },
  quantity: {
    'zh-Hans': '大于 0 的数量（如 500 或 500箱）',
    'zh-Hant': '大於 0 的數量（如 500 或 500箱）',
    en: 'a quantity greater than 0 (e.g. 500)',
  },
  disclose: { 'zh-Hans': '是、否或匿名', 'zh-Hant': '是、否或匿名', en: 'yes, no or anonymous' },
  positive: { 'zh-Hans': '大于 0', 'zh-Hant': '大於 0', en: 'greater than 0' },
  time: { 'zh-Hans': '时间（如 19:35 或 晚上7点半）', 'zh-Hant': '時間（如 19:35 或 晚上7點半）', en: 'a time of day (e.g. 19:35)' },
  'date-time': {
    'zh-Hans': '日期和时间（如 2020-02-01 19:35）',
    'zh-Hant': '日期和時間（如 2020-02-01 19:35）',
    en: 'a date and time (e.g. 2020-02-01 19:35)',
  },
  temperature: { 'zh-Hans': '摄氏体温（如 36.5）', 'zh-Hant': '攝氏體溫（如 36.5）', en: 'a temperature in °C (e.g. 36.5)' },
  symptoms: {
    'zh-Hans': '症状（如 无、发热、咳嗽，用顿号分开）',
    'zh-Hant': '症狀（如 無、發熱、咳嗽，用頓號分開）',
    en: 'symptoms (e.g. none, fever, cough)',
  },
  'person-category': {
    'zh-Hans': '人员类别：返乡人员、外来人员、密切接触者或重点人员',
    'zh-Hant': '人員類別：返鄉人員、外來人員、密切接觸者或重點人員',
    en: 'a category: returnee, incoming, close contact or key person',
  },
  'control-measure': {
    'zh-Hans': '管控措施：居家隔离、集中隔离、健康监测、拟返回或已解除',
    'zh-Hant': '管控措施：居家隔離、集中隔離、健康監測、擬返回或已解除',
    en: 'a measure: home quarantine, central quarantine, health monitoring, expected return or released',
  },
  origin: {
    'zh-Hans': '来自的省市（如 湖北武汉）',
    'zh-Hant': '來自的省市（如 湖北武漢）',
    en: 'a province or city of origin (e.g. 湖北武汉)',
  },
  'business-status': {
    'zh-Hans': '营业状态：营业、仅外卖或停业',
    'zh-Hant': '營業狀態：營業、僅外賣或停業',
    en: 'open, takeaway only or closed',
  },
  'done-count': { 'zh-Hans': '是、否或次数（如 2次）', 'zh-Hant': '是、否或次數（如 2次）', en: 'yes, no or a number of times (e.g. 2)' },
  'entry-count': { 'zh-Hans': '人次（整数，如 120）', 'zh-Hant': '人次（整數，如 120）', en: 'a number of entries (e.g. 120)' },
  headcount: {
    'zh-Hans': '人数（如 3 或 3人，没有填 0 或 无）',
    'zh-Hant': '人數（如 3 或 3人，沒有填 0 或 無）',
    en: 'a number of people (e.g. 3; 0 or none)',
  },
  'fever-count': {
    'zh-Hans': '体温异常人数（如 0、1人），或体温读数（如 37.5）',
    'zh-Hant': '體溫異常人數（如 0、1人），或體溫讀數（如 37.5）',
    en: 'how many have a fever (e.g. 0 or 1), or a reading (e.g. 37.5)',
  },
  'closed-management': { 'zh-Hans': '正常，或写明发现的问题', 'zh-Hant': '正常，或寫明發現的問題', en: 'normal, or the problem found' },
};

export const STATUS_LABELS: Record<Status, Words> = {
  visited: { 'zh-Hans': '入户登记', 'zh-Hant': '入戶登記', en: 'Visited' },
  phoned: { 'zh-Hans': '电话登记', 'zh-Hant': '電話登記', en: 'By phone' },
  vacant: { 'zh-Hans': '空置已核实', 'zh-Hant': '空置已核實', en: 'Vacant (confirmed)' },
  verified_way_unknown: { 'zh-Hans': '已核实（方式未填）', 'zh-Hant': '已核實（方式未填）', en: 'Verified (way not given)' },
  no_answer: { 'zh-Hans': '敲不开门', 'zh-Hant': '敲不開門', en: 'No answer' },
  not_home: { 'zh-Hans': '不在家', 'zh-Hant': '不在家', en: 'Not at home' },
  uninhabited: { 'zh-Hans': '疑似无人居住', 'zh-Hant': '疑似無人居住', en: 'Seems uninhabited' },
  refused: { 'zh-Hans': '拒绝登记', 'zh-Hant': '拒絕登記', en: 'Refused' },
  pending: { 'zh-Hans': '待核查', 'zh-Hant': '待核查', en: 'Pending' },
};

export const NEXT_STEPS: Record<NextStep, Words> = {
  'first-visit': { 'zh-Hans': '尽快上门走访', 'zh-Hant': '盡快上門走訪', en: 'Make the first visit' },
  mealtime: { 'zh-Hans': '饭点（中午或傍晚）再上门', 'zh-Hant': '飯點（中午或傍晚）再上門', en: 'Revisit at a meal time' },
  'evening-lights': { 'zh-Hans': '晚上看窗户是否亮灯', 'zh-Hant': '晚上看窗戶是否亮燈', en: 'Look for lit windows in the evening' },
  'ask-neighbours': { 'zh-Hans': '向邻居、楼栋长打听', 'zh-Hant': '向鄰居、樓棟長打聽', en: 'Ask the neighbours or building head' },
  'ask-relatives': {
    'zh-Hans': '向亲友、物业打听户主电话',
    'zh-Hant': '向親友、物業打聽戶主電話',
    en: 'Ask relatives or the property office for a phone number',
  },
  'phone-owner': { 'zh-Hans': '电话联系户主或亲属', 'zh-Hant': '電話聯繫戶主或親屬', en: 'Phone the owner or relatives' },
  escalate: { 'zh-Hans': '请社区干部出面沟通', 'zh-Hant': '請社區幹部出面溝通', en: 'Ask a community officer to talk to them' },
};

/** Texts of the cross-field rules (the `rule` param of a `rule` problem). */
export const RULES = {
  'future-date': {
    'zh-Hans': '日期晚于统计日 {asOf}，请核对。',
    'zh-Hant': '日期晚於統計日 {asOf}，請核對。',
    en: 'the date is after the as-of date {asOf}; please check it.',
  },
  'vacant-residents': {
    'zh-Hans': '空置户的常住人数应为 0，请核对状态或人数。',
    'zh-Hant': '空置戶的常住人數應為 0，請核對狀態或人數。',
    en: 'a vacant dwelling should have 0 residents; check the status or the count.',
  },
  'way-unknown': {
    'zh-Hans': '只写了已核实（或打了勾），没写方式。已计入登记率；请改成入户登记、电话登记或空置已核实。',
    'zh-Hant': '只寫了已核實（或打了勾），沒寫方式。已計入登記率；請改成入戶登記、電話登記或空置已核實。',
    en: 'says verified (or is ticked) but not how; it counts in the rate. Please say visited, phoned or vacant.',
  },
  'verified-no-attempts': {
    'zh-Hans': '已核实的住户走访次数为 0，是否漏填？',
    'zh-Hant': '已核實的住戶走訪次數為 0，是否漏填？',
    en: 'a verified household shows 0 attempts; was it left blank?',
  },
  'cash-amount': {
    'zh-Hans': '捐款需要填写大于 0 的金额。',
    'zh-Hant': '捐款需要填寫大於 0 的金額。',
    en: 'a cash donation needs an amount greater than 0.',
  },
  'goods-item': {
    'zh-Hans': '捐物需要填写物资名称和数量。',
    'zh-Hant': '捐物需要填寫物資名稱和數量。',
    en: 'a goods donation needs an item and a quantity.',
  },
  'amount-phone': {
    'zh-Hans': '这个金额是一个手机号的样子，不像一笔捐款。这一行暂不计入合计和公示，请核对后改正。',
    'zh-Hant': '這個金額是一個手機號的樣子，不像一筆捐款。這一列暫不計入合計和公示，請核對後改正。',
    en: 'this amount is shaped like a mobile phone number, not a donation. The row is kept out of the totals and the public list until it is corrected.',
  },
  'amount-id': {
    'zh-Hans': '这个金额是一个身份证号的样子，不像一笔捐款。这一行暂不计入合计和公示，请核对后改正。',
    'zh-Hant': '這個金額是一個身分證號的樣子，不像一筆捐款。這一列暫不計入合計和公示，請核對後改正。',
    en: 'this amount is shaped like an ID number, not a donation. The row is kept out of the totals and the public list until it is corrected.',
  },
  'amount-ceiling': {
    'zh-Hans':
      '单笔金额超过上限 {max} 元，这一行暂不计入合计和公示。请核对金额和单位；如确实无误，请提高单笔上限（命令行 --max-donation）。',
    'zh-Hant':
      '單筆金額超過上限 {max} 元，這一列暫不計入合計和公示。請核對金額和單位；如確實無誤，請提高單筆上限（命令列 --max-donation）。',
    en: 'one donation above the ceiling of {max} yuan: the row is kept out of the totals and the public list. Check the amount and its unit; if it is right, raise the ceiling (--max-donation).',
  },
  'goods-unvalued': {
    'zh-Hans': '捐物没有折价，不计入金额合计，已单独列出。如有折价请补填。',
    'zh-Hant': '捐物沒有折價，不計入金額合計，已單獨列出。如有折價請補填。',
    en: 'goods without a value are kept out of the money totals and listed apart; add a value if there is one.',
  },
  // Shops and the duty log (issue 16).
  'report-before-day': {
    'zh-Hans': '上报时间早于这一行的日期 {date}，请核对日期或上报时间。',
    'zh-Hant': '上報時間早於這一列的日期 {date}，請核對日期或上報時間。',
    en: 'the report time is before the row’s date {date}; check the date or the time.',
  },
  'report-time-missing': {
    'zh-Hans': '没填上报时间，无法判断是否按时上报。',
    'zh-Hant': '沒填上報時間，無法判斷是否按時上報。',
    en: 'no report time, so whether it was on time cannot be told.',
  },
  'shop-checked-over-staff': {
    'zh-Hans': '已查人数多于从业人员，请核对。',
    'zh-Hant': '已查人數多於從業人員，請核對。',
    en: 'more staff checked than the shop has; please check.',
  },
  'shop-count-over-checked': {
    'zh-Hans': '外地返回或体温异常的人数多于已查人数，请核对。',
    'zh-Hant': '外地返回或體溫異常的人數多於已查人數，請核對。',
    en: 'more people back from elsewhere or with a fever than were checked; please check.',
  },
  'shop-fever': {
    'zh-Hans': '有 {count} 人体温异常：请立即报告社区，按发热处置流程跟进。',
    'zh-Hant': '有 {count} 人體溫異常：請立即報告社區，按發熱處置流程跟進。',
    en: '{count} with a fever: report it to the community at once and follow the fever procedure.',
  },
  'shop-business-missing': {
    'zh-Hans': '没填营业状态（营业、仅外卖或停业），不计入营业或停业。',
    'zh-Hant': '沒填營業狀態（營業、僅外賣或停業），不計入營業或停業。',
    en: 'no business status (open, takeaway only or closed); counted as neither.',
  },
  'shop-not-listed': {
    'zh-Hans': '门店不在“门店名录”里，已按新门店计入。如是名录里门店的另一种写法，请改成名录里的名称。',
    'zh-Hant': '門店不在「門店名錄」裡，已按新門店計入。如是名錄裡門店的另一種寫法，請改成名錄裡的名稱。',
    en: 'the shop is not in the shop list; it is counted as a new shop. If it is a listed shop spelled another way, use the list’s name.',
  },
  'watch-end-before-start': {
    'zh-Hans': '隔离结束日期早于开始日期 {start}，已按开始日期起 {days} 天计算。请核对。',
    'zh-Hant': '隔離結束日期早於開始日期 {start}，已按開始日期起 {days} 天計算。請核對。',
    en: 'the watch ends before it starts ({start}); it is counted as {days} days from the start. Please check.',
  },
  'watch-no-start': {
    'zh-Hans': '没有抵达日期或隔离开始日期，算不出 {days} 天观察期，暂不计入在管人数。请补填。',
    'zh-Hant': '沒有抵達日期或隔離開始日期，算不出 {days} 天觀察期，暫不計入在管人數。請補填。',
    en: 'no arrival or watch start date, so the {days}-day watch cannot be worked out; the person is not counted as under watch. Please fill it in.',
  },
  'check-no-person': {
    'zh-Hans': '这条随访记录在重点人员登记表里找不到对应的人（按身份证号或姓名），未计入任何人的随访。请核对姓名，或补填身份证号。',
    'zh-Hant': '這條隨訪記錄在重點人員登記表裡找不到對應的人（按身分證號或姓名），未計入任何人的隨訪。請核對姓名，或補填身分證號。',
    en: 'this check matches nobody in the watch register (by ID number or name); it is not counted for anyone. Check the name, or add the ID number.',
  },
  'check-two-people': {
    'zh-Hans': '登记表里有 {count} 位同名人员，分不清这条随访记录是谁的，未计入。请补填身份证号，或联系电话、门牌号。',
    'zh-Hant': '登記表裡有 {count} 位同名人員，分不清這條隨訪記錄是誰的，未計入。請補填身分證號，或聯繫電話、門牌號。',
    en: '{count} people in the register share this name, so the check cannot be told whose; it is not counted. Add the ID number, or the phone or room.',
  },
  'person-not-in-register': {
    'zh-Hans': '这个住址在住户登记表里找不到。请核对小区、楼号、单元、门牌号。',
    'zh-Hant': '這個住址在住戶登記表裡找不到。請核對小區、樓號、單元、門牌號。',
    en: 'this address is not a dwelling of the household register. Check the compound, building, unit and room.',
  },
  // The visit log (issue 14).
  'visit-no-date': {
    'zh-Hans': '这次走访没有日期（上面也没有可沿用的日期），无法排进走访进度。请填写走访日期。',
    'zh-Hant': '這次走訪沒有日期（上面也沒有可沿用的日期），無法排進走訪進度。請填寫走訪日期。',
    en: 'this visit has no date (and no row above gives one), so it cannot be placed in the progress. Please enter the date.',
  },
  'after-verified': {
    'zh-Hans': '这户已于 {verifiedOn} 核实（{logCell}），之后这次未见到不改变核实结果。如情况有变，请在备注中说明。',
    'zh-Hant': '這戶已於 {verifiedOn} 核實（{logCell}），之後這次未見到不改變核實結果。如情況有變，請在備註中說明。',
    en: 'this dwelling was verified on {verifiedOn} ({logCell}); a later failed visit does not undo that. Note it if something changed.',
  },
  'log-never-verified': {
    'zh-Hans': '登记表写的是已核实，但走访记录（{attempts} 次，最近一次 {logCell}）从未核实这户。仍按已核实统计，请核对哪边对。',
    'zh-Hant': '登記表寫的是已核實，但走訪記錄（{attempts} 次，最近一次 {logCell}）從未核實這戶。仍按已核實統計，請核對哪邊對。',
    en: 'the register says verified, but the visit log ({attempts} attempts, last at {logCell}) never verified it. It still counts as verified; check which is right.',
  },
  'register-not-verified': {
    'zh-Hans': '走访记录 {logCell} 已于 {verifiedOn} 核实这户，登记表还写着未核实。已按走访记录计为已核实，请更新登记表。',
    'zh-Hant': '走訪記錄 {logCell} 已於 {verifiedOn} 核實這戶，登記表還寫著未核實。已按走訪記錄計為已核實，請更新登記表。',
    en: 'the visit log verified this dwelling on {verifiedOn} ({logCell}) but the register says not yet. It counts as verified from the log; please update the register.',
  },
  'not-in-register': {
    'zh-Hans': '走访记录里的这户不在住户登记表“{register}”中，未计入户数。请核对小区、楼号、单元和门牌号，或在登记表中补上这一户。',
    'zh-Hant': '走訪記錄裡的這戶不在住戶登記表「{register}」中，未計入戶數。請核對小區、樓號、單元和門牌號，或在登記表中補上這一戶。',
    en: 'this dwelling of the visit log is not in the household register "{register}" and is not counted. Check the compound, building, unit and room, or add it to the register.',
  },
} as const satisfies Record<string, Words>;

export type RuleId = keyof typeof RULES;

/** What a duplicate or a stated total is about. */
export const WHAT = {
  dwelling: { 'zh-Hans': '住户', 'zh-Hant': '住戶', en: 'dwelling' },
  receipt: { 'zh-Hans': '收据编号', 'zh-Hant': '收據編號', en: 'receipt number' },
  amount: { 'zh-Hans': '金额', 'zh-Hant': '金額', en: 'amount' },
  count: { 'zh-Hans': '笔数', 'zh-Hant': '筆數', en: 'count' },
  value: { 'zh-Hans': '折价金额', 'zh-Hant': '折價金額', en: 'goods value' },
  foreignAmount: { 'zh-Hans': '外币金额', 'zh-Hant': '外幣金額', en: 'foreign-currency amount' },
  shopDay: { 'zh-Hans': '门店当日检查', 'zh-Hant': '門店當日檢查', en: 'shop check of the day' },
  shop: { 'zh-Hans': '门店', 'zh-Hant': '門店', en: 'shop' },
  compoundDay: { 'zh-Hans': '小区当日台账', 'zh-Hant': '小區當日台賬', en: 'compound’s log of the day' },
  person: { 'zh-Hans': '人员（身份证号）', 'zh-Hant': '人員（身分證號）', en: 'person (ID number)' },
} as const satisfies Record<string, Words>;

export type WhatId = keyof typeof WHAT;
