import { z } from 'zod';
import { whole } from './fields';

/** The vendor's page object (MyBatis-Plus), as read. */
export interface Page<T> {
  total: number;
  size: number;
  current: number;
  pages: number;
  records: T[];
}

const count = whole.pipe(z.number().min(0, 'is negative'));

/**
 * A paged answer: the documented object, or a bare array of records (as one table row types it),
 * read as the records of a single page. A page count that does not follow from `total` and `size`
 * is refused, since paging trusts it to know when to stop.
 */
export function pageOf<T>(record: z.ZodType<T>): z.ZodType<Page<T>> {
  const counted = z
    .object({
      total: count,
      size: count,
      current: count,
      pages: count,
      records: z.array(record).nullish().transform((records) => records ?? []),
    })
    .superRefine(({ total, size, pages, records }, context) => {
      // With searchCount off the vendor counts nothing: total and pages are 0 beside real records.
      const agrees = total === 0 ? pages <= 1 : size > 0 && pages === Math.ceil(total / size) && records.length <= size;
      if (!agrees) context.addIssue({ code: 'custom', message: `it says ${pages} pages for ${total} records of ${size} per page (with ${records.length} on this one)` });
    });
  const bare = z.array(record).transform((records) => ({ total: records.length, size: records.length, current: 1, pages: records.length > 0 ? 1 : 0, records }));
  return z.union([counted, bare]);
}
