import { z } from 'zod';
import { BUSINESS_STATUSES } from '../../cells/business-status.ts';

// zod stays out of the runtime path (and out of the Apps Script bundle): tests hold every record the
// reader makes to this schema.
const COUNT = z.number().int().nonnegative().optional();

/** The normalized shop record. */
export const shopRecord = z.object({
  row: z.number().int().positive(),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  shop: z.string().min(1),
  key: z.string().min(1),
  compound: z.string().min(1),
  compoundKey: z.string().min(1),
  staff: COUNT,
  staffChecked: COUNT,
  fromOutside: COUNT,
  fever: COUNT,
  business: z.enum(BUSINESS_STATUSES).optional(),
  reportedAt: z.number().int().optional(),
});
