import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parseSymptoms, SYMPTOMS, type Symptom } from '../../../lib/cells/symptoms.ts';

const read = (raw: string | number) => {
  const r = parseSymptoms(raw);
  return r.ok ? `${r.value.codes.join('+') || 'none'}${r.value.fever ? ' (fever)' : ''}` : `!${r.code}`;
};

describe('parseSymptoms', () => {
  it.each<[string | number, string]>([
    ['无', 'none'],
    ['正常', 'none'],
    ['无症状', 'none'],
    ['无明显症状', 'none'],
    ['身体健康', 'none'],
    ['-', 'none'],
    ['无。', 'none'],
    ['发热', 'fever (fever)'],
    ['发烧', 'fever (fever)'],
    ['低烧', 'fever (fever)'],
    ['咳嗽', 'cough'],
    ['乏力', 'fatigue'],
    ['腹泻', 'diarrhea'],
    ['咳嗽、乏力', 'cough+fatigue'],
    ['咳嗽，乏力，腹泻', 'cough+fatigue+diarrhea'],
    ['发热伴咳嗽', 'fever+cough (fever)'],
    ['轻微咳嗽', 'cough'],
    ['乏力无力', 'fatigue'],
    ['咽部不适', 'sore_throat'],
    ['头晕头痛', 'headache+dizziness'],
    ['拉肚子', 'diarrhea'],
    ['无发热', 'none'],
    ['否认发热', 'none'],
    ['无发热、咳嗽、乏力', 'none'],
    ['无发热咳嗽乏力等症状', 'none'],
    ['无不适症状', 'none'],
    ['无发热，有咳嗽', 'cough'],
    ['发热，无咳嗽', 'fever (fever)'],
    ['不咳嗽', 'none'],
    ['发烧38.5', 'fever (fever)'],
    ['体温37.8度', 'fever (fever)'],
    ['38.2', 'fever (fever)'],
    ['体温36.5', 'none'],
    ['無發熱', 'none'],
    ['咳嗽、乏力、腹瀉', 'cough+fatigue+diarrhea'],
    ['fever, cough', 'fever+cough (fever)'],
    ['鼻子痒', '!format'],
    ['其他', '!format'],
    [12, '!type'],
  ])('%s → %s', (raw, want) => {
    expect(read(raw)).toBe(want);
  });

  const first: Record<Symptom, string> = {
    fever: '发热',
    cough: '咳嗽',
    fatigue: '乏力',
    sore_throat: '咽痛',
    breathing: '呼吸困难',
    runny_nose: '流涕',
    headache: '头痛',
    dizziness: '头晕',
    muscle_pain: '肌肉酸痛',
    diarrhea: '腹泻',
    vomiting: '呕吐',
    chills: '畏寒',
    taste_smell: '嗅觉减退',
  };
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

  it('reads any list of symptoms, in either script, and none of them after 无', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...SYMPTOMS), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('、', '，', ' ', '；'),
        (list, sep) => {
          const text = list.map((s) => first[s]).join(sep);
          const want = SYMPTOMS.filter((s) => list.includes(s));
          const r = parseSymptoms(text);
          const tw = parseSymptoms(toTw(text));
          const none = parseSymptoms(`无${list.map((s) => first[s]).join('、')}`);
          return (
            r.ok &&
            tw.ok &&
            none.ok &&
            r.value.codes.join() === want.join() &&
            tw.value.codes.join() === want.join() &&
            r.value.fever === list.includes('fever') &&
            none.value.codes.length === 0 &&
            !none.value.fever
          );
        },
      ),
    );
  });
});
