/**
 * Vocabulary renames, kept as data: ids an older version stored or exported that have a new name now.
 * Applied to every stored item and every imported file before validation, so old data reads as new.
 * Pure: no DOM, no browser API.
 */

/** Old id -> current id. Add a row on every rename; never remove one (old exports stay importable). */
export const RENAMES = {
  productTypes: { helpdesk: 'customer_support' } as Record<string, string>,
  metrics: {} as Record<string, string>,
} as const;

const renamed = (table: Record<string, string>, v: unknown): unknown => (typeof v === 'string' && Object.hasOwn(table, v) ? table[v] : v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const mapArr = (v: unknown, f: (x: unknown) => unknown): unknown => (Array.isArray(v) ? v.map(f) : v);

function withKey(o: Record<string, unknown>, key: string, f: (x: unknown) => unknown): Record<string, unknown> {
  return key in o ? { ...o, [key]: f(o[key]) } : o;
}

/**
 * A saved teardown (any shape: it is validated afterwards) with old metric and product-type ids renamed.
 * Returns the input unchanged when it has nothing to rename or is not an object.
 * @example renameVocabulary({ teardown: { productType: { id: 'helpdesk' } } }).teardown.productType.id // 'customer_support'
 */
export function renameVocabulary(item: unknown): unknown {
  if (!isObj(item) || !isObj(item.teardown)) return item;
  const m = (v: unknown) => renamed(RENAMES.metrics, v);
  const pt = (v: unknown) => renamed(RENAMES.productTypes, v);
  let t = item.teardown;
  if (isObj(t.valueMetric)) {
    let vm = withKey(t.valueMetric, 'primary', m);
    vm = withKey(vm, 'secondary', (s) => mapArr(s, m));
    vm = withKey(vm, 'evidence', (e) => mapArr(e, (x) => (isObj(x) ? withKey(x, 'metric', m) : x)));
    t = { ...t, valueMetric: vm };
  }
  if (isObj(t.productType)) {
    let p = withKey(t.productType, 'id', pt);
    p = withKey(p, 'evidence', (e) => mapArr(e, (x) => (isObj(x) ? withKey(x, 'type', pt) : x)));
    t = { ...t, productType: p };
  }
  t = withKey(t, 'plans', (plans) => mapArr(plans, (pl) => {
    if (!isObj(pl)) return pl;
    const prices = mapArr(pl.prices, (x) => (isObj(x) ? withKey(x, 'unit', m) : x));
    const limits = mapArr(pl.limits, (x) => (isObj(x) ? withKey(x, 'metric', m) : x));
    return { ...pl, ...(pl.prices !== undefined && { prices }), ...(pl.limits !== undefined && { limits }) };
  }));
  return { ...item, teardown: t };
}
