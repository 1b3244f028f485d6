import { z } from 'zod';
import { STATUSES } from '../../cells/status.ts';

// zod stays out of the runtime path (and out of the Apps Script bundle): the core's compiled checks
// produce records, and tests hold every record to this schema.
/** Where a dwelling is: the fields a register row and a visit log row share. */
export const dwellingPlace = {
  row: z.number().int().positive(),
  group: z.string(),
  compound: z.string().min(1),
  compoundKey: z.string().min(1),
  building: z.string().min(1),
  unit: z.string(),
  room: z.string().min(1),
};

/** The normalized record; the fast path must only ever produce values this schema accepts. */
export const householdRecord = z.object({
  ...dwellingPlace,
  head: z.string().optional(),
  phone: z.string().optional(),
  residents: z.number().int().nonnegative().optional(),
  status: z.enum(STATUSES),
  attempts: z.number().int().nonnegative(),
  lastVisit: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
