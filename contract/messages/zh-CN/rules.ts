import type { Catalog } from '../catalog';

export default {
} satisfies Catalog;
