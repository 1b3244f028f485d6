import { describe, expect, it } from 'vitest';
import { Dwellings } from '../../../../lib/datasets/households/dwellings.ts';
import { householdAt } from '../../../../lib/datasets/households/record.ts';

const at = (building: string, unit: string, room: string, row = 2) =>
  householdAt({ row, group: '', compound: '金都小区', compoundKey: '金都小区', building, unit, room }, 'pending', 0, undefined);

describe('Dwellings.has', () => {
  it("finds a counted dwelling by its place, whatever the case of building, unit and room (a person's home)", () => {
    const d = new Dwellings();
    d.add(at('A座', '', '101b'), '住户登记');
    expect(d.has({ compoundKey: '金都小区', building: 'a座', unit: '', room: '101B' })).toBe(true);
    expect(d.has({ compoundKey: '金都小区', building: 'A座', unit: '', room: '102' })).toBe(false);
    expect(d.has({ compoundKey: '银都小区', building: 'A座', unit: '', room: '101b' })).toBe(false);
  });

  it('only looks: a miss adds no dwelling, and the register reads on as before', () => {
    const d = new Dwellings();
    d.add(at('1', '', '101'), '住户登记');
    expect(d.has({ compoundKey: '银都小区', building: '9', unit: '2', room: '901' })).toBe(false);
    const next = at('1', '', '102', 3);
    expect(d.get(next)).toBeUndefined();
    d.add(next, '住户登记');
    const rows: number[] = [];
    d.forEach((h) => rows.push(h.row));
    expect(rows).toEqual([2, 3]);
    expect(d.has(next)).toBe(true);
  });
});
