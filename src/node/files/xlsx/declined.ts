/**
 * What the fast reader leaves to ExcelJS: a file it could read only by guessing. Thrown before any
 * value is returned; the caller reads the file again with ExcelJS's document reader.
 */
export class Declined extends Error {
  constructor(readonly why: string) {
    super(`the fast .xlsx reader declines ${why}`);
    this.name = 'Declined';
  }
}
