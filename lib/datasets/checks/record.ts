import type { Symptom } from '../../cells/symptoms.ts';

/** Where a checks sheet's columns are, shared by its records: a check matching no one is pointed at by name. */
export type CheckAt = { readonly sheet: string; readonly name: string };

/** One daily health check as the core reads it (schema.ts holds its zod schema). */
export type CheckRecord = {
  row: number;
  at: CheckAt;
  date: string;
  name: string;
  nameKey: string;
  idNumber: string | undefined;
  phone: string | undefined;
  compoundKey: string;
  building: string;
  unit: string;
  room: string;
  /** °C as read; undefined when not taken or not readable. */
  temperature: number | undefined;
  symptoms: readonly Symptom[];
  /** A reading ≥ 37.3 °C or a fever among the symptoms. */
  fever: boolean;
  checkWay: string;
  checkedBy: string;
};
