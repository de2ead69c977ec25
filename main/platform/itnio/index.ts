export { clockWarningSaid } from './clock';
export { createItnioClient, type ItnioClient, type ItnioClientOptions } from './client';
export * from './endpoints';
export { shown } from './vendor/fields';
export { sign } from './sign';
export { DEFAULT_PAGE_CONCURRENCY, fetchAllPages, MAX_PAGE_SIZE } from './paging';
