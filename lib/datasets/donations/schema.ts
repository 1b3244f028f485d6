import { z } from 'zod';
import type { DonationRecord } from './record.ts';

// zod stays out of the runtime path (and out of the Apps Script bundle): tests hold every record the
// fast path produces to this schema.
const CENTS = z.number().int().nonnegative();

/** The normalized donation record; every record the core produces must pass it. */
export const donationRecord = z.object({
  row: z.number().int().positive(),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  donor: z.string(),
  anonymous: z.boolean(),
  donorType: z.string(),
  sector: z.string(),
  kind: z.enum(['cash', 'goods']),
  amount: CENTS,
  foreign: z.object({ currency: z.string().min(1), cents: CENTS.positive() }).nullable(),
  item: z.string(),
  spec: z.string(),
  quantity: z.number().positive().nullable(),
  unit: z.string(),
  value: z.number().int().positive().nullable(),
  receipt: z.string(),
  disclose: z.boolean(),
  destination: z.string(),
}) satisfies z.ZodType<DonationRecord>;
