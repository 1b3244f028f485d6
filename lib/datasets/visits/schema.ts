import { z } from 'zod';
import { STATUSES } from '../../cells/status.ts';

// Tests hold every record the reader makes to this schema; zod stays out of the runtime path.
/** The normalized attempt; the fast path must only ever produce values this schema accepts. */
export const visitRecord = z.object({
  row: z.number().int().positive(),
  group: z.string(),
  compound: z.string().min(1),
  compoundKey: z.string().min(1),
  building: z.string().min(1),
  unit: z.string(),
  room: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  minutes: z.number().int().min(0).max(1440).optional(),
  result: z.enum(STATUSES),
}).strict();
