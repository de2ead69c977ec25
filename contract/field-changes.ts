/**
 * One field a write would change, worded for the operator: its name, its value now and after. A
 * secret is never shown: its change reads "(set)" or "changed", never the value.
 */
export interface FieldChange {
  field: string;
  current: string;
  next: string;
}

/** "gateway IP: 198.51.100.10 → 198.51.100.12", empty values named as such. */
export const changeLine = ({ field, current, next }: FieldChange): string => `${field}: ${current || '(empty)'} → ${next || '(empty)'}`;

/** The fields, in the order given, whose text differs between now and after. */
export function fieldChanges<T>(current: T, next: T, fields: readonly (readonly [string, (value: T) => string])[]): FieldChange[] {
  return fields.flatMap(([field, text]) => (text(current) === text(next) ? [] : [{ field, current: text(current), next: text(next) }]));
}
