/** Adds an item to its key's list (in place: a copy per item makes grouping quadratic). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
