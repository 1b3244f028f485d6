import { z } from 'zod';

// zod stays out of the runtime path: tests hold every record the reader makes to this schema.
const COUNT = z.number().int().nonnegative().optional();

/** The normalized duty-log record. */
export const dutyRecord = z.object({
  row: z.number().int().positive(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  compound: z.string().min(1),
  compoundKey: z.string().min(1),
  disinfection: COUNT,
  entries: COUNT,
  garbage: COUNT,
  closedNormal: z.boolean().optional(),
  issues: z.array(z.string().min(1)),
  reportedAt: z.number().int().optional(),
});
