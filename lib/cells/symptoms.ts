// Symptoms as a daily health check records them: 无, 正常, 发热, 咳嗽、乏力, 无发热咳嗽, 发烧38.5, in both
// scripts. A list of words → a set of codes and a fever flag. A negation (无/没有/未/否认) covers the words
// listed after it (无发热、咳嗽、乏力 is none of them) up to a comma or a word that says "but has" (有/伴/但).
import { toSimplifiedText } from './keys.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';
import { FEVER_CELSIUS } from './temperature.ts';

export const SYMPTOMS = [
  'fever',
  'cough',
  'fatigue',
  'sore_throat',
  'breathing',
  'runny_nose',
  'headache',
  'dizziness',
  'muscle_pain',
  'diarrhea',
  'vomiting',
  'chills',
  'taste_smell',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

/** What a symptoms cell says: the symptoms present (in SYMPTOMS order) and whether one is a fever. */
export type Symptoms = { readonly codes: readonly Symptom[]; readonly fever: boolean };

// Space-separated words per symptom (see status-words.ts for why strings). Traditional folds onto these.
const WORDS: Readonly<Record<Symptom, string>> = {
  fever: '发热 发烧 高烧 低烧 高热 低热 体温高 体温偏高 体温升高 fever',
  cough: '咳嗽 干咳 咳痰 咳 cough',
  fatigue: '乏力 无力 疲劳 疲倦 疲乏 没劲 fatigue',
  sore_throat: '咽痛 咽喉痛 喉咙痛 嗓子痛 嗓子疼 喉咙疼 咽干 咽部不适 咽痒 sorethroat',
  breathing: '呼吸困难 气促 气短 胸闷 憋气 shortnessofbreath',
  runny_nose: '流涕 流鼻涕 鼻塞 打喷嚏 喷嚏 runnynose',
  headache: '头痛 头疼 headache',
  dizziness: '头晕 头昏 dizziness',
  muscle_pain: '肌肉酸痛 肌痛 全身酸痛 浑身酸痛 身体酸痛 酸痛',
  diarrhea: '腹泻 拉肚子 拉稀 diarrhea',
  vomiting: '呕吐 恶心 vomiting nausea',
  chills: '畏寒 发冷 寒战 chills',
  taste_smell: '嗅觉减退 味觉减退 嗅觉丧失 味觉丧失 嗅觉 味觉',
};
// A whole cell saying there is nothing.
const NONE =
  '无 无症状 正常 良好 健康 否 没有 无异常 无不适 均无 未见异常 体温正常 一切正常 身体健康 身体正常 无明显症状 none no nil normal';
const NEGATIONS = '无 没有 没 未 未见 否认 不 无明显';
const POSITIVE = '有 伴 伴有 出现 但 但有 并有 并';
const FILLERS = '症状 不适 等 情况 轻微 明显 略 稍 有点 偶尔 轻度 一点 些 身体 体温 度 ℃ °c';
// Words that continue a list (a negation covers the next word too) and marks that end a clause.
const LIST = '、和及或与/';
const CLAUSE = '，,；;。 ';

type Kind = Symptom | 'negation' | 'positive' | 'filler';
type Tables = { readonly words: ReadonlyMap<string, Kind>; readonly none: ReadonlySet<string>; readonly longest: number };
let tables: Tables | undefined;

function build(): Tables {
  const words = new Map<string, Kind>();
  const add = (list: string, kind: Kind) => {
    for (const w of list.split(' ')) words.set(w, kind);
  };
  add(FILLERS, 'filler');
  add(POSITIVE, 'positive');
  add(NEGATIONS, 'negation');
  for (const s of SYMPTOMS) add(WORDS[s], s); // last: 无力 is fatigue, not 无 + 力
  return { words, none: new Set(NONE.split(' ')), longest: Math.max(...[...words.keys()].map((w) => w.length)) };
}

/** A symptoms cell → the symptoms present and a fever flag (a fever word, or a temperature ≥ 37.3). */
export function parseSymptoms(raw: Cell): Parsed<Symptoms> {
  if (typeof raw !== 'string') return fail('type', 'symptoms');
  const s = toSimplifiedText(cleanText(raw)).toLowerCase();
  if (s.length > 120) return fail('format', 'symptoms');
  const t = (tables ??= build());
  const whole = s.replace(/[\s。.!！]+$/, '');
  if (whole === '' || /^[-—/、]+$/.test(whole) || t.none.has(whole.replace(/\s/g, ''))) return ok({ codes: [], fever: false });
  const found = new Set<Symptom>();
  let negated = false;
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (CLAUSE.includes(c)) {
      negated = false;
      i++;
      continue;
    }
    if (LIST.includes(c)) {
      i++;
      continue;
    }
    const reading = /^(\d{2}(?:\.\d{1,2})?)(?:度|℃|°c)?/.exec(s.slice(i));
    if (reading) {
      if (!negated && Number(reading[1]) >= FEVER_CELSIUS) found.add('fever');
      i += reading[0].length;
      continue;
    }
    let matched = 0;
    for (let len = Math.min(t.longest, s.length - i); len >= 1 && matched === 0; len--) {
      const kind = t.words.get(s.slice(i, i + len));
      if (kind === undefined) continue;
      matched = len;
      if (kind === 'negation') negated = true;
      else if (kind === 'positive') negated = false;
      else if (kind !== 'filler' && !negated) found.add(kind);
    }
    if (matched === 0) return fail('format', 'symptoms');
    i += matched;
  }
  const codes = SYMPTOMS.filter((x) => found.has(x));
  return ok({ codes, fever: found.has('fever') });
}
