// Where a person came from, as typed (武汉, 湖北孝感, 武汉市, 湖北省武汉市江岸区, 孝感市, 來自武漢): the
// province and the prefecture-level city where the text tells them. Names come from the generated table
// in origin-places.ts; anything after the city (a district, 返乡) is not needed to group people.
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { PLACES } from './origin-places.ts';
import { wordKey } from './word-table.ts';

/** A place of origin by its full names: 湖北省 / 武汉市. `city` is undefined when only the province is told. */
export type Origin = { readonly province: string; readonly city: string | undefined };

type Place = { readonly province: string; readonly city: string | undefined };
type Index = {
  /** Province names (full and short) → the province. */
  readonly provinces: ReadonlyMap<string, string>;
  /** City names (full and short) → every city so named (新竹 is a county and a city). */
  readonly cities: ReadonlyMap<string, readonly Place[]>;
  /** A municipality's one city (北京市 → 北京市). */
  readonly municipal: ReadonlyMap<string, string>;
  readonly longest: number;
};

let index: Index | undefined;

// Built on first use: Apps Script runs module scope on every menu click.
function build(): Index {
  const provinces = new Map<string, string>();
  const cities = new Map<string, Place[]>();
  const municipal = new Map<string, string>();
  let longest = 0;
  const names = (entry: string, suffix: string): [string, string] => {
    const eq = entry.indexOf('=');
    return eq < 0 ? [`${entry}${suffix}`, entry] : [entry.slice(0, eq), entry.slice(eq + 1)];
  };
  for (const line of PLACES.split('\n')) {
    const [head, list] = line.split(':') as [string, string];
    const [province, short] = names(head, '省');
    provinces.set(province, province);
    provinces.set(short, province);
    const inProvince = list.split(',').map((c) => names(c, '市'));
    if (inProvince.length === 1 && inProvince[0]![0] === province) municipal.set(province, province);
    for (const [city, cityShort] of inProvince) {
      for (const n of new Set([city, cityShort])) {
        cities.set(n, [...(cities.get(n) ?? []), { province, city }]);
        longest = Math.max(longest, n.length);
      }
    }
    longest = Math.max(longest, province.length);
  }
  return { provinces, cities, municipal, longest };
}

// Words before a place that are not part of it: 来自武汉, 从孝感返回, 在武汉务工.
const LEAD = /^(?:来自于|来自|来源于|来源|从|自|由|在|经)/;

/** An origin cell → {province, city}; a text naming no province or city of China is a `format` problem. */
export function parseOrigin(raw: Cell): Parsed<Origin> {
  if (typeof raw !== 'string') return fail('type', 'origin');
  const key = wordKey(raw);
  if (key === '' || key.length > 60) return fail('format', 'origin');
  const ix = (index ??= build());
  // 来自武汉: the lead word is dropped only when the text does not start with a place (自贡 does).
  const place = placeAt(key, ix) ?? placeAt(key.replace(LEAD, ''), ix);
  return place ? ok(place) : fail('format', 'origin');
}

function placeAt(key: string, ix: Index): Origin | undefined {
  const province = longestAt(key, 0, (n) => ix.provinces.get(n));
  const city = longestAt(key, 0, (n) => ix.cities.get(n));
  // A province unless a longer city name starts there (吉林市 is the city, 吉林 the province; 海南 the province).
  if (province && (!city || city.length <= province.length)) {
    const p = province.value;
    const within = longestAt(key, province.length, (n) => ix.cities.get(n)?.filter((c) => c.province === p));
    const one = within && within.value.length === 1 ? within.value[0]!.city : undefined;
    return { province: p, city: one ?? ix.municipal.get(p) };
  }
  if (!city) return undefined;
  const places = city.value;
  // A short name two provinces share cannot be placed; none does today, but the table may change.
  if (places.some((c) => c.province !== places[0]!.province)) return undefined;
  return { province: places[0]!.province, city: places.length === 1 ? places[0]!.city : undefined };
}

// The longest name at `at` that the lookup knows (湖北省 before 湖北; 吉林市 the city before 吉林 the province).
function longestAt<T>(key: string, at: number, lookup: (name: string) => T | undefined): { value: T; length: number } | undefined {
  const ix = index!;
  for (let len = Math.min(ix.longest, key.length - at); len >= 2; len--) {
    const v = lookup(key.slice(at, at + len));
    if (v !== undefined && (!Array.isArray(v) || v.length > 0)) return { value: v, length: at + len };
  }
  return undefined;
}
