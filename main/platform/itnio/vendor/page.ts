/** The vendor's page object (MyBatis-Plus). */
export interface Page<T> {
  total: number;
  size: number;
  current: number;
  pages: number;
  records: T[];
}
