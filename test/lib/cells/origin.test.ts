import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { areaList } from '@vant/area-data';
import { describe, expect, it } from 'vitest';
import { parseOrigin } from '../../../lib/cells/origin.ts';
import { PLACES } from '../../../lib/cells/origin-places.ts';
import { originPlacesModule, shortName, TARGET } from './origin-places.ts';

const read = (raw: string | number) => {
  const r = parseOrigin(raw);
  return r.ok ? `${r.value.province}${r.value.city === undefined ? '' : ` ${r.value.city}`}` : `!${r.code}`;
};

describe('parseOrigin', () => {
  it.each<[string | number, string]>([
    ['武汉', '湖北省 武汉市'],
    ['湖北孝感', '湖北省 孝感市'],
    ['武汉市', '湖北省 武汉市'],
    ['湖北省武汉市江岸区', '湖北省 武汉市'],
    ['孝感市', '湖北省 孝感市'],
    ['湖北', '湖北省'],
    ['湖北省', '湖北省'],
    ['湖北省孝感市汉川市', '湖北省 孝感市'],
    ['仙桃', '湖北省 仙桃市'],
    ['潜江市', '湖北省 潜江市'],
    ['神农架', '湖北省 神农架林区'],
    ['恩施', '湖北省 恩施土家族苗族自治州'],
    ['恩施州', '湖北省 恩施土家族苗族自治州'],
    ['武漢', '湖北省 武汉市'],
    ['湖北省武漢市', '湖北省 武汉市'],
    ['來自武漢', '湖北省 武汉市'],
    ['来自武汉', '湖北省 武汉市'],
    ['武汉返乡', '湖北省 武汉市'],
    ['从孝感返回', '湖北省 孝感市'],
    [' 湖北 · 黄冈 ', '湖北省 黄冈市'],
    ['湖南长沙', '湖南省 长沙市'],
    ['广西南宁', '广西壮族自治区 南宁市'],
    ['内蒙古包头', '内蒙古自治区 包头市'],
    ['新疆伊犁', '新疆维吾尔自治区 伊犁哈萨克自治州'],
    ['北京', '北京市 北京市'],
    ['北京市朝阳区', '北京市 北京市'],
    ['上海', '上海市 上海市'],
    ['重庆万州', '重庆市 重庆市'],
    ['吉林', '吉林省'],
    ['吉林市', '吉林省 吉林市'],
    ['海南', '海南省'],
    ['海南三亚', '海南省 三亚市'],
    ['香港', '香港特别行政区'],
    ['江岸区', '!format'],
    ['国外', '!format'],
    ['外地', '!format'],
    ['', '!format'],
    [3, '!type'],
  ])('%s → %s', (raw, want) => {
    expect(read(raw)).toBe(want);
  });

  // Every city of the table, in every form: full, short, after its province (full or short), in Traditional.
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const lines = PLACES.split('\n').map((l) => l.split(':') as [string, string]);
  const full = (entry: string, suffix: string) => (entry.includes('=') ? entry.split('=')[0]! : `${entry}${suffix}`);
  const short = (entry: string) => (entry.includes('=') ? entry.split('=')[1]! : entry);

  it('places every city of the table from its full name, its short name and its province', () => {
    let n = 0;
    for (const [head, list] of lines) {
      const province = full(head, '省');
      const cities = list.split(',');
      for (const c of cities) {
        const city = full(c, '市');
        // A short name two cities of one province share (新竹县, 新竹市) tells the province only.
        const shared = cities.filter((x) => short(x) === short(c)).length > 1;
        const want = `${province} ${city}`;
        expect(read(city), city).toBe(want);
        expect(read(`${province}${city}江岸区`), `${province}${city}`).toBe(want);
        expect(read(`${short(head)}${short(c)}`), `${short(head)}${short(c)}`).toBe(shared ? province : want);
        expect(read(toTw(`${province}${city}`)), toTw(city)).toBe(want);
        n++;
      }
    }
    expect(n).toBeGreaterThan(360);
  });
});

describe('the origin table', () => {
  it('is the one written from @vant/area-data (rewrite it with `npx tsx test/lib/cells/origin-places.ts --write`)', () => {
    expect(readFileSync(TARGET, 'utf8')).toBe(originPlacesModule());
  });

  it('has every province and prefecture-level city of the package, and Hubei’s directly governed cities', () => {
    expect(PLACES.split('\n')).toHaveLength(Object.keys(areaList.province_list).length);
    expect(PLACES).toContain(
      '湖北:武汉,黄石,十堰,宜昌,襄阳,鄂州,荆门,孝感,荆州,黄冈,咸宁,随州,恩施土家族苗族自治州=恩施,仙桃,潜江,天门,神农架林区=神农架',
    );
  });

  it('shortens names as people say them', () => {
    expect(
      [
        '湖北省',
        '广西壮族自治区',
        '恩施土家族苗族自治州',
        '西双版纳傣族自治州',
        '伊犁哈萨克自治州',
        '阿里地区',
        '锡林郭勒盟',
        '香港特别行政区',
        '神农架林区',
      ].map(shortName),
    ).toEqual(['湖北', '广西', '恩施', '西双版纳', '伊犁', '阿里', '锡林郭勒', '香港', '神农架']);
  });
});
