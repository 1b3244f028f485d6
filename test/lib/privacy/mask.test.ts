import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalNumber, scrubText } from '../../../lib/privacy/mask.ts';
import { afterArb, beforeArb, digitsOf, typedSecretArb } from './personal-numbers.ts';

describe('scrubText masks a phone or ID in whatever form it was typed', () => {
  it.each([
    ['138_0013_8000', '138****8000'],
    ['138/0013/8000', '138****8000'],
    ['138—0013—8000', '138****8000'],
    ['138,0013,8000', '138****8000'],
    ['1 3 8 0 0 1 3 8 0 0 0', '138****8000'],
    ['一三八零零一三八零零零', '138****8000'],
    ['１３８００１３８０００', '138****8000'],
    ['138 - 0013 - 8000', '138****8000'],
    ['+86 138 0013 8000', '138****8000'],
    ['张三13800138000', '张三138****8000'],
    ['李四一三八零零一三八零零零', '李四138****8000'],
    ['核查状态的值 13800138000', '核查状态的值 138****8000'],
    ['日期的值 370782198001011234', '日期的值 370782********1234'],
    ['11010519491231002X', '110105********002X'],
    ['4201 0619 8001 0112 37', '420106********1237'],
    ['(027)88886666', '027-****6666'],
    ['+86 27 8888 6666', '027-****6666'],
    ['0755 23456789', '0755-****6789'],
    ['13800138000,13900139000', '138****8000,139****9000'],
  ])('%s → %s', (typed, masked) => {
    expect(scrubText(typed)).toBe(masked);
  });

  // The false-positive rule: money grouped in thousands, dates, short numbers and numbers glued into
  // longer runs of digits are not personal.
  it.each([
    '¥1,380,013.80',
    '13,800,138,000',
    '13800元',
    '2020-02-01',
    '2020/2/1',
    '2020年2月1日',
    '2020.01.01-2020.02.28',
    '收据 20200201000012345678',
    '共 719 户，已核实 719 户',
    '138.00',
    '¥13,800,138,000.00',
    '2020-02-01 13:00:00',
    '第12345678号',
  ])('leaves %s alone', (text) => {
    expect(scrubText(text)).toBe(text);
    expect(containsPersonalNumber(text)).toBe(false);
  });

  it('never leaves a random phone or ID whole, in any separator form, script or surrounding text', () => {
    fc.assert(
      fc.property(typedSecretArb, beforeArb, afterArb, (secret, before, after) => {
        const shown = scrubText(`${before}${secret.typed}${after}`);
        expect(digitsOf(shown), `${before}${secret.typed}${after} → ${shown}`).not.toContain(secret.digits);
      }),
      { numRuns: 2000 },
    );
  });

  it('never touches money or a date', () => {
    const money = fc.integer({ min: 0, max: 99_999_999_999 }).map((cents) => {
      const yuan = Math.floor(cents / 100).toLocaleString('en');
      return fc.sample(fc.constantFrom(`¥${yuan}.${String(cents % 100).padStart(2, '0')}`, `${yuan}元`, `￥${yuan}`), {
        numRuns: 1,
        seed: cents,
      })[0]!;
    });
    const smallAmount = fc.integer({ min: 0, max: 9_999_999 }).map((n) => `${n}元`);
    const date = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .chain((d) => {
        const [y, m, day] = d.toISOString().slice(0, 10).split('-');
        return fc.constantFrom(
          `${y}-${m}-${day}`,
          `${y}/${Number(m)}/${Number(day)}`,
          `${y}年${Number(m)}月${Number(day)}日`,
          `${y}.${m}.${day}`,
          `${y}-${m}-${day} 20:00`,
        );
      });
    fc.assert(
      fc.property(fc.oneof(money, smallAmount, date), (text) => {
        expect(scrubText(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
