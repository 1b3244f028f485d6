// Random grids for the reliability properties: anything getValues() can return (and worse), and
// sheets built around a real household or donation header so the interesting paths run.
import fc from 'fast-check';
import type { Cell } from '../../lib/cells/result.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';

// Text that breaks naive code: zero-width and bidi marks, emoji sequences, lone surrogates, padding.
export const ODD_TEXT = [
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u00a0',
  '\u3000',
  '\u202e金都\u202c',
  '\u200f101\u200e',
  '\u061c',
  'שלום',
  'مرحبا',
  '👍🏽',
  '👨‍👩‍👧',
  '1️⃣',
  '①',
  '\ud800',
  '\udfff',
  'a\u0000b',
  '\t',
  '\r\n',
  ' 金都小区 ',
  '金\u200b都小区',
  'constructor',
  '__proto__',
  'toString',
  'NaN',
  'Infinity',
  '=1+1',
  '+1',
  '-1',
  '@x',
  '#REF!',
  '#N/A',
  '#DIV/0!',
  '#ERROR!',
  '#NAME?',
  '#VALUE!',
  '0301',
  '1,200',
  '３',
  '1e5',
  '0x10',
  '2020-02-30',
  '2月30日',
  '-0',
  '   ',
  '合计',
  '合計',
  '总计 100',
  '备注：无',
  '注：',
  'Total',
  '小计',
  '匿名',
];

// Long enough to hit every length limit: Excel's 32,767, Sheets' 50,000 characters in a cell.
export const LONG_TEXT = ['x'.repeat(40_000), '金'.repeat(50_001), `${'9'.repeat(33_000)}号楼`, `13800138000${'。'.repeat(60_000)}`];

// Characters nobody sees: zero-width ones (stripped by cleanText) and bidi controls (right-to-left marks).
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
export const BIDI = [
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
export const PADDING = [' ', '\u00a0', '\u3000', '\t', '\n'];

/** A cell holding only invisible characters and padding: blank to the eye. */
export const invisibleCell: fc.Arbitrary<Cell> = fc
  .array(fc.constantFrom(...ZERO_WIDTH, ...BIDI, ...PADDING), { minLength: 1, maxLength: 3 })
  .map((cs) => cs.join(''));

export const FORMULA_ERRORS = ['#REF!', '#N/A', '#NAME?', '#VALUE!', '#DIV/0!', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#GETTING_DATA'];

const date: fc.Arbitrary<Cell> = fc.date({ noInvalidDate: false, min: new Date(-8.64e15), max: new Date(8.64e15) });

/** Any one cell: mixed types, numbers as text, Dates (valid and not), formula errors, odd and long text. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 80, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 40, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 20, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 40, arbitrary: fc.double() },
  { weight: 40, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 20, arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String) },
  { weight: 20, arbitrary: fc.boolean() },
  { weight: 20, arbitrary: date },
  { weight: 40, arbitrary: fc.constantFrom<Cell>(null, undefined, '') },
  { weight: 80, arbitrary: fc.constantFrom<Cell>(...ODD_TEXT) },
  { weight: 20, arbitrary: fc.constantFrom<Cell>(...FORMULA_ERRORS) },
  { weight: 40, arbitrary: invisibleCell },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(...LONG_TEXT) },
);

/** A ragged grid: rows of different lengths, including none. */
export const anyGrid: fc.Arbitrary<Cell[][]> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<Cell[][]>([], [[]], [['']], [[null]], [[undefined, undefined]]) },
  { weight: 2, arbitrary: fc.array(fc.array(anyCell, { maxLength: 1 }), { maxLength: 20 }) },
  { weight: 6, arbitrary: fc.array(fc.array(anyCell, { maxLength: 9 }), { maxLength: 20 }) },
);

// ---- sheets around a real header -------------------------------------------------------------

type FieldSpec = { readonly aliases: readonly string[]; readonly values: readonly Cell[] };

const d = (m: number, day: number): Date => new Date(Date.UTC(2020, m - 1, day));

export const HOUSEHOLD_FIELDS: Readonly<Record<string, FieldSpec>> = {
  group: { aliases: ['工作组', '小组', '组别'], values: ['第一组', '第二组', '第三组', '第四组', '一组'] },
  compound: { aliases: ['小区', '所在小区', '小区名称'], values: ['金都小区', '银杏苑', '华侨新村', '东湖花园', '金都小区北区'] },
  building: { aliases: ['楼号', '楼栋', '栋号'], values: [1, 2, 12, '12号楼', '十二号楼', '3栋', '12#', '５号楼'] },
  unit: { aliases: ['单元', '单元号'], values: [1, 2, '3单元', '1', '二单元'] },
  room: { aliases: ['门牌号', '房号', '室'], values: ['101', '102', '301', '0301', 302, '1201室', '402号'] },
  head: { aliases: ['户主姓名', '户主'], values: ['王伟', '李芳', '张秀英', '刘洋', ''] },
  phone: { aliases: ['联系电话', '手机号'], values: ['13812345678', '139 0000 1201', 13900001111, '027-88886666', ''] },
  residents: { aliases: ['常住人数', '人数'], values: [1, 2, 3, '3人', '三', 0] },
  status: {
    aliases: ['核查状态', '状态'],
    values: ['入户登记', '电话登记', '空置', '敲不开门', '不在家', '无人居住', '拒绝登记', '待核查', ''],
  },
  attempts: { aliases: ['走访次数', '上门次数'], values: [0, 1, 2, 3, '2次'] },
  lastVisit: { aliases: ['最近走访', '走访日期'], values: [d(2, 1), '2020-02-02', '2月3日', d(1, 30)] },
  notes: { aliases: ['备注'], values: ['', '晚上有灯', '老人独居'] },
};

export const DONATION_FIELDS: Readonly<Record<string, FieldSpec>> = {
  date: { aliases: ['日期', '捐赠日期'], values: [d(1, 27), d(1, 28), '2020-01-29', '2020年1月30日', '1月31日'] },
  donor: { aliases: ['捐赠人', '捐赠单位'], values: ['王建国', '李秀英', '东湖建材有限公司', '匿名', '刘洋', '区教育局机关'] },
  donorType: { aliases: ['捐赠人类型', '类型'], values: ['政协委员', '企业', '个人', '单位', ''] },
  sector: { aliases: ['界别'], values: ['经济界', '医药卫生界', '教育界', ''] },
  kind: { aliases: ['类别', '款物'], values: ['捐款', '捐物', ''] },
  amount: { aliases: ['金额', '捐赠金额', '金额（元）'], values: [500, '20万元', '5000元', '¥1,200.50', '伍拾万元整', 88.8, ''] },
  item: { aliases: ['物资名称', '品名'], values: ['口罩', '防护服', '消毒液', '护目镜', ''] },
  quantity: { aliases: ['数量'], values: [100, '200个', 50, ''] },
  value: { aliases: ['折价', '折价金额'], values: [1000, '5000元', 300, ''] },
  receipt: { aliases: ['收据编号'], values: ['R001', 'R002', 'R003', 'R004', 'R005', 'R006', 'R007', 'R008', ''] },
  disclose: { aliases: ['公示', '是否公示'], values: ['是', '否', '匿名', ''] },
  destination: { aliases: ['流向'], values: ['金银潭医院', '协和医院', ''] },
  phone: { aliases: ['联系电话'], values: ['13812345678', '139-0000-1201', ''] },
};

export const SHOP_FIELDS: Readonly<Record<string, FieldSpec>> = {
  date: { aliases: ['日期', '检查日期'], values: [d(2, 2), '2020-02-03', '2月3日', ''] },
  shop: { aliases: ['门店名称', '店名'], values: ['金都超市', '老王面馆', '好邻居便利店', '金都大药房', '惠民菜店'] },
  compound: { aliases: ['所属小区', '小区'], values: ['金都小区', '金都小區', '银杏苑', '東湖新村'] },
  manager: { aliases: ['负责人'], values: ['王伟', '李芳', ''] },
  phone: { aliases: ['联系电话'], values: ['13812345678', ''] },
  staff: { aliases: ['从业人员'], values: [2, 3, '4人', ''] },
  staffChecked: { aliases: ['已查人数'], values: [2, 3, '三人', 0] },
  fromOutside: { aliases: ['外地返回'], values: [0, 1, '无', ''] },
  fever: { aliases: ['体温异常'], values: [0, '无', '37.8', 1] },
  business: { aliases: ['营业状态'], values: ['营业', '仅外卖', '停业', '暂停营业', ''] },
  reportTime: { aliases: ['上报时间'], values: ['19:35', '晚上8点半', 0.8, '2020-02-03 20:00', '1930', ''] },
};

export const DUTY_FIELDS: Readonly<Record<string, FieldSpec>> = {
  date: { aliases: ['日期'], values: [d(2, 4), '2020-02-05', '2月6日', ''] },
  compound: { aliases: ['小区'], values: ['金都小区', '金都小區', '银杏苑', '東湖新村'] },
  disinfection: { aliases: ['消杀'], values: ['是', '否', '2次', '早晚各一次', ''] },
  entries: { aliases: ['出入登记', '出入登记（人次）'], values: [120, '80人次', '无', ''] },
  garbage: { aliases: ['垃圾清运'], values: ['是', '已清运', ''] },
  closedManagement: { aliases: ['封闭管理'], values: ['正常', '东门无人值守', ''] },
  issuesFound: { aliases: ['发现问题'], values: ['无', '楼道堆放杂物', ''] },
  reportTime: { aliases: ['上报时间'], values: ['19:35', '晚上9点', ''] },
};

export const PEOPLE_FIELDS: Readonly<Record<string, FieldSpec>> = {
  name: { aliases: ['姓名', '人员姓名'], values: ['王伟', '李娜', '张强', '赵敏', '陈静'] },
  gender: { aliases: ['性别'], values: ['男', '女', ''] },
  idNumber: { aliases: ['身份证号', '身份证号码'], values: ['420102199003071232', '420102198506110024', '420102197212300514', ''] },
  phone: { aliases: ['联系电话', '手机号'], values: ['13812345678', '139 0000 1201', ''] },
  compound: { aliases: ['小区'], values: ['金都小区', '银杏苑', ''] },
  building: { aliases: ['楼号', '楼栋'], values: [1, 2, '12号楼', ''] },
  unit: { aliases: ['单元'], values: [1, '2单元', ''] },
  room: { aliases: ['门牌号', '房号'], values: ['101', '0301', 302, ''] },
  category: { aliases: ['人员类别', '类别'], values: ['返乡人员', '返乡', '外来人员', '密接', '密切接触者', '重点人员'] },
  origin: { aliases: ['来自', '来源地'], values: ['武汉', '湖北孝感', '武汉市', '北京', ''] },
  arrival: { aliases: ['抵达日期', '返回日期'], values: [d(1, 21), '2020-01-28', '2月1日', '2020/2/5', ''] },
  watchStart: { aliases: ['隔离开始'], values: ['2020-01-25', '2月2日', ''] },
  watchEnd: { aliases: ['隔离结束', '解除日期'], values: ['2020-02-08', '2月20日', ''] },
  measure: { aliases: ['管控措施'], values: ['居家隔离', '集中隔离', '健康监测', '拟返回', '已解除', ''] },
  checkedBy: { aliases: ['随访人', '责任人'], values: ['小刘', '小陈', ''] },
  notes: { aliases: ['备注'], values: ['', '独居'] },
};

export const CHECK_FIELDS: Readonly<Record<string, FieldSpec>> = {
  date: { aliases: ['日期', '随访日期'], values: [d(2, 1), '2020-02-02', '2月3日'] },
  name: { aliases: ['姓名'], values: ['王伟', '李娜', '张强', '林芳芳'] },
  idNumber: { aliases: ['身份证号'], values: ['420102199003071232', ''] },
  phone: { aliases: ['联系电话'], values: ['13812345678', ''] },
  room: { aliases: ['门牌号'], values: ['101', ''] },
  temperature: { aliases: ['体温', '体温℃'], values: [36.5, '36.8℃', '36,8', 37.5, '三十六度五', ''] },
  symptoms: { aliases: ['症状'], values: ['无', '正常', '咳嗽、乏力', '发热', ''] },
  checkWay: { aliases: ['随访方式'], values: ['电话', '上门', ''] },
  checkedBy: { aliases: ['随访人'], values: ['小刘', '小陈', ''] },
};

export const VISIT_FIELDS: Readonly<Record<string, FieldSpec>> = {
  visitDate: { aliases: ['日期', '走访日期'], values: [d(1, 29), '2020-01-30', '2020/1/31', '2月1日', 43862, '2020-02-01 19:35'] },
  visitTime: { aliases: ['时间', '走访时间'], values: ['19:35', '19：35', '9:05', '19点35分', '晚上7点半', 0.8125, ''] },
  group: HOUSEHOLD_FIELDS['group']!,
  compound: HOUSEHOLD_FIELDS['compound']!,
  building: HOUSEHOLD_FIELDS['building']!,
  unit: HOUSEHOLD_FIELDS['unit']!,
  room: HOUSEHOLD_FIELDS['room']!,
  result: {
    aliases: ['走访结果', '结果', '核查结果'],
    values: ['入户登记', '电话登记', '空置', '敲不开门', '不在家', '无人居住', '拒绝登记', '✓'],
  },
  visitor: { aliases: ['走访人'], values: ['王工', '李老师', ''] },
  notes: HOUSEHOLD_FIELDS['notes']!,
};

export type Dataset = 'households' | 'donations' | 'visits' | 'shops' | 'duty' | 'people' | 'checks';

const FIELDS: Record<Dataset, Readonly<Record<string, FieldSpec>>> = {
  households: HOUSEHOLD_FIELDS,
  donations: DONATION_FIELDS,
  visits: VISIT_FIELDS,
  shops: SHOP_FIELDS,
  duty: DUTY_FIELDS,
  people: PEOPLE_FIELDS,
  checks: CHECK_FIELDS,
};

/** A generated sheet and where its parts are. */
export type BuiltSheet = InputSheet & {
  readonly dataset: Dataset;
  readonly fields: readonly string[];
  /** 0-based index of the header row and of the first row under it. */
  readonly headerIndex: number;
};

export type SheetOptions = {
  /** Chance a data cell is any cell at all rather than a value the column expects. */
  readonly noise?: number;
  /** Blank, total and note rows among the data rows. */
  readonly extraRows?: boolean;
  /** Never leave the donation or visit date blank (a blank date takes the day above: row order matters). */
  readonly datedDonations?: boolean;
  /** Drop required columns sometimes (the missing-column path). */
  readonly dropRequired?: boolean;
};

// A visit log's date comes first among its required: dropRequired then drops it (a log without dates).
const REQUIRED: Record<Dataset, readonly string[]> = {
  households: ['compound', 'building', 'room'],
  donations: ['donor'],
  visits: ['visitDate', 'compound', 'building', 'room', 'result'],
  shops: ['shop', 'compound', 'date'],
  duty: ['compound', 'date', 'disinfection'],
  people: ['name', 'category'],
  checks: ['date', 'name'],
};
const DATE_FIELDS = new Set(['date', 'visitDate']);

export function sheetArb(dataset: Dataset, o: SheetOptions = {}): fc.Arbitrary<BuiltSheet> {
  const specs = FIELDS[dataset];
  const required = REQUIRED[dataset];
  const optional = Object.keys(specs).filter((f) => !required.includes(f));
  const noise = o.noise ?? 0.15;
  return fc
    .record({
      optional: fc.shuffledSubarray(optional, { minLength: dataset === 'donations' ? 2 : 0 }),
      drop: o.dropRequired ? fc.constantFrom<readonly string[]>([], [], [], [], required.slice(0, 1)) : fc.constant<readonly string[]>([]),
      aliasSeed: fc.nat(),
      title: fc.constantFrom<Cell[][]>([], [['金都社区排查登记表']], [['2020年2月3日'], ['单位：元']]),
      name: fc.constantFrom('住户登记', '捐款捐物', '走访记录', 'Sheet1', '二组 住户', '=A1'),
    })
    .chain(({ optional: chosen, drop, aliasSeed, title, name }) => {
      const fields = [...required.filter((f) => !drop.includes(f)), ...chosen];
      // Required columns need not come first.
      const order = [...fields].sort((a, b) => hash(`${a}${aliasSeed}`) - hash(`${b}${aliasSeed}`));
      const header = order.map((f, i) => {
        const aliases = specs[f]!.aliases;
        return aliases[(aliasSeed + i) % aliases.length]!;
      });
      const cellOf = (f: string): fc.Arbitrary<Cell> => {
        const good = fc.constantFrom<Cell>(...specs[f]!.values);
        const dated = DATE_FIELDS.has(f) && o.datedDonations === true;
        const wanted = dated ? fc.constantFrom<Cell>(...specs[f]!.values.filter((v) => v !== '')) : good;
        if (dated) return wanted;
        return fc.oneof(
          { weight: Math.round((1 - noise) * 100), arbitrary: wanted },
          { weight: Math.round(noise * 70), arbitrary: anyCell },
          { weight: Math.round(noise * 30), arbitrary: invisibleCell },
        );
      };
      const dataRow = fc.tuple(...order.map(cellOf)).map((r): Cell[] => r);
      const extra = fc.constantFrom<Cell[]>([], ['', '', ''], ['合计', '', 1000], ['备注：以上为第一批'], ['总计 3 户']);
      const row = o.extraRows === false ? dataRow : fc.oneof({ weight: 12, arbitrary: dataRow }, { weight: 1, arbitrary: extra });
      return fc.array(row, { maxLength: 16 }).map(
        (rows): BuiltSheet => ({
          name,
          dataset,
          fields: order,
          headerIndex: title.length,
          values: [...title.map((r) => [...r]), header, ...rows],
        }),
      );
    });
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h;
}

/** One to three sheets with distinct names: households, donations, or any grid. */
export const workbookArb: fc.Arbitrary<InputSheet[]> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: sheetArb('households', { dropRequired: true }) as fc.Arbitrary<InputSheet> },
      { weight: 3, arbitrary: sheetArb('donations', { dropRequired: true }) as fc.Arbitrary<InputSheet> },
      { weight: 1, arbitrary: sheetArb('shops', { dropRequired: true }) as fc.Arbitrary<InputSheet> },
      { weight: 1, arbitrary: sheetArb('duty', { dropRequired: true }) as fc.Arbitrary<InputSheet> },
      { weight: 1, arbitrary: sheetArb('people', { dropRequired: true }) as fc.Arbitrary<InputSheet> },
      { weight: 1, arbitrary: sheetArb('checks', { dropRequired: true }) as fc.Arbitrary<InputSheet> },
      { weight: 2, arbitrary: sheetArb('visits', { dropRequired: true }) as fc.Arbitrary<InputSheet> },
      { weight: 2, arbitrary: anyGrid.map((values): InputSheet => ({ name: 'Sheet', values })) },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((sheets) => sheets.map((s, i) => ({ name: `${s.name}${i}`, values: s.values })));

/** The sheet with its data rows (under the header) in another order; title and header stay in place. */
export function shuffleData(s: BuiltSheet, seed: number): BuiltSheet {
  const head = s.values.slice(0, s.headerIndex + 1);
  const rows = s.values.slice(s.headerIndex + 1);
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return { ...s, values: [...head, ...rows] };
}

// ---- Traditional ↔ Simplified -------------------------------------------------------------------

// Every Simplified character above that has another Traditional form, as Simplified → Traditional.
// A fixed table (not OpenCC) so the test does not use the code it checks.
const PAIRS =
  '组組区區称稱楼樓号號栋棟单單门門户戶联聯系繫电電话話机機数數状狀态態访訪备備注註银銀华華侨僑东東园園伟偉张張刘劉' +
  '记記开開无無绝絕灯燈独獨赠贈类類别別额額资資价價据據编編证證国國关關协協员員业業个個经經济濟医醫药藥卫衛万萬护護镜鏡计計总總';

export const S2T = new Map<string, string>();
export const T2S = new Map<string, string>();
for (let i = 0; i < PAIRS.length; i += 2) {
  S2T.set(PAIRS[i]!, PAIRS[i + 1]!);
  T2S.set(PAIRS[i + 1]!, PAIRS[i]!);
}

const mapText = (s: string, m: ReadonlyMap<string, string>): string => Array.from(s, (ch) => m.get(ch) ?? ch).join('');
export const toTraditional = (s: string): string => mapText(s, S2T);
export const toSimplified = (s: string): string => mapText(s, T2S);

/** Every string in a value (grid, result) mapped, everything else kept. */
export function mapStrings<T>(v: T, f: (s: string) => string): T {
  if (typeof v === 'string') return f(v) as T;
  if (Array.isArray(v)) return v.map((x: unknown) => mapStrings(x, f)) as T;
  if (v instanceof Date || v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)])) as T;
}

/** Every word the generators above write, for checking the table against the core's own folding. */
export function generatedWords(): string[] {
  const words = new Set<string>();
  for (const specs of Object.values(FIELDS)) {
    for (const s of Object.values(specs)) for (const w of [...s.aliases, ...s.values]) if (typeof w === 'string' && w !== '') words.add(w);
  }
  for (const w of ['合计', '总计 3 户', '备注：以上为第一批']) words.add(w);
  return [...words];
}
