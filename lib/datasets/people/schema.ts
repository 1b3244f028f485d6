import { z } from 'zod';
import { CONTROL_MEASURES } from '../../cells/control-measure.ts';
import { PERSON_CATEGORIES } from '../../cells/person-category.ts';

// As for every register, zod stays out of the runtime path: tests hold each record the reader makes to it.
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A person of the watch register, as the reader makes it. */
export const personRecord = z.object({
  row: z.number().int().positive(),
  at: z.object({ sheet: z.string(), name: z.string(), room: z.string(), watchStart: z.string(), watchEnd: z.string() }),
  name: z.string().min(1),
  nameKey: z.string().min(1),
  gender: z.string().optional(),
  idNumber: z
    .string()
    .regex(/^(?:\d{17}[\dX]|\d{15})$/)
    .optional(),
  phone: z.string().optional(),
  compound: z.string(),
  compoundKey: z.string(),
  building: z.string(),
  unit: z.string(),
  room: z.string(),
  category: z.enum(PERSON_CATEGORIES).optional(),
  origin: z.object({ province: z.string().min(2), city: z.string().min(2).optional() }).optional(),
  arrival: day.optional(),
  watchStart: day.optional(),
  watchEnd: day.optional(),
  measure: z.enum(CONTROL_MEASURES).optional(),
  checkedBy: z.string(),
});
