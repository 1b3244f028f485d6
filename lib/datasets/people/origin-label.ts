import type { Origin } from '../../cells/origin.ts';

/** How an origin is grouped and shown: 湖北省武汉市, 湖北省 (city not told), 北京市 (a municipality once). */
export function originLabel(o: Origin): string {
  if (o.city === undefined || o.city === o.province) return o.province;
  return `${o.province}${o.city}`;
}
