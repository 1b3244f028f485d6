import { z } from 'zod';
import { SYMPTOMS } from '../../cells/symptoms.ts';
import { PLAUSIBLE_CELSIUS } from '../../cells/temperature.ts';

// zod stays out of the runtime path: tests hold each record the reader makes to it.
/** A daily health check, as the reader makes it. */
export const checkRecord = z.object({
  row: z.number().int().positive(),
  at: z.object({ sheet: z.string(), name: z.string() }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  name: z.string().min(1),
  nameKey: z.string().min(1),
  idNumber: z
    .string()
    .regex(/^(?:\d{17}[\dX]|\d{15})$/)
    .optional(),
  phone: z.string().optional(),
  compoundKey: z.string(),
  building: z.string(),
  unit: z.string(),
  room: z.string(),
  temperature: z.number().min(PLAUSIBLE_CELSIUS.min).max(PLAUSIBLE_CELSIUS.max).optional(),
  symptoms: z.array(z.enum(SYMPTOMS)),
  fever: z.boolean(),
  checkWay: z.string(),
  checkedBy: z.string(),
});
