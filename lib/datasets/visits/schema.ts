import { z } from 'zod';
import { STATUSES } from '../../cells/status.ts';
import { dwellingPlace } from '../households/schema.ts';

// Tests hold every record the reader makes to this schema; zod stays out of the runtime path.
/** The normalized attempt; the fast path must only ever produce values this schema accepts. */
export const visitRecord = z
  .object({
    ...dwellingPlace,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    minutes: z.number().int().min(0).max(1440).optional(),
    result: z.enum(STATUSES),
  })
  .strict();
