import { isObject } from './rules';

/**
 * The vendor's pages describe some answers two ways, and the real service may send either.
 * `usual` is the shape most pages show (and what the sandbox always spoke); `other` is the rest:
 * the status with the other JSON type, a paged `data` as a bare array of records (as one table row
 * types it) or with its counts as strings, a trunk's agent group as `voiceGroupId` (the query's
 * table) instead of `groupId` (its sample), and `voicemailMaxHangup` as a string (number/edit's
 * sample). A client that reads only one of them fails against the sandbox switched over.
 */
export type AnswerShapes = 'usual' | 'other';

/** The status as this route sends it in the usual shapes, or with the other JSON type. */
export function statusOf(code: string, numericUsually: boolean, shapes: AnswerShapes): string | number {
  const numeric = shapes === 'usual' ? numericUsually : !numericUsually;
  return numeric ? Number(code) : code;
}

/** A successful answer's data, in the other shapes when asked to. */
export function dataOf(data: unknown, shapes: AnswerShapes): unknown {
  if (shapes === 'usual' || !isPage(data)) return data;
  const records = data.records.map(otherRecord);
  if (data.pages <= 1) return records;
  return { ...data, total: String(data.total), size: String(data.size), current: String(data.current), pages: String(data.pages), records };
}

interface PageData {
  total: number;
  size: number;
  current: number;
  pages: number;
  records: unknown[];
}

const isPage = (data: unknown): data is PageData => isObject(data) && Array.isArray(data.records) && typeof data.pages === 'number';

function otherRecord(record: unknown): unknown {
  if (!isObject(record)) return record;
  const other: Record<string, unknown> = { ...record };
  if (Array.isArray(record.groupList)) {
    other.groupList = record.groupList.map((group: unknown) => {
      if (!isObject(group)) return group;
      const { groupId, ...rest } = group;
      return { voiceGroupId: groupId, ...rest };
    });
  }
  if (typeof record.voicemailMaxHangup === 'number') other.voicemailMaxHangup = String(record.voicemailMaxHangup);
  return other;
}
