import type { AnyObject } from '../k8s/types';

/** Objects of one kind by namespace, then name: no key string per object. */
export class ByNamespace {
  private readonly namespaces = new Map<string, Map<string, AnyObject>>();
  size = 0;

  get(namespace: string | undefined, name: string): AnyObject | undefined {
    return this.namespaces.get(namespace ?? '')?.get(name);
  }

  set(object: AnyObject): AnyObject | undefined {
    const namespace = object.metadata.namespace ?? '';
    let byName = this.namespaces.get(namespace);
    if (!byName) this.namespaces.set(namespace, (byName = new Map()));
    const previous = byName.get(object.metadata.name);
    byName.set(object.metadata.name, object);
    if (!previous) this.size++;
    return previous;
  }

  delete(namespace: string | undefined, name: string): AnyObject | undefined {
    const byName = this.namespaces.get(namespace ?? '');
    const previous = byName?.get(name);
    if (!previous) return undefined;
    byName!.delete(name);
    if (byName!.size === 0) this.namespaces.delete(namespace ?? '');
    this.size--;
    return previous;
  }

  *values(): IterableIterator<AnyObject> {
    for (const byName of this.namespaces.values()) yield* byName.values();
  }

  valuesIn(namespace: string): IterableIterator<AnyObject> {
    return (this.namespaces.get(namespace) ?? new Map<string, AnyObject>()).values();
  }

  namespaceNames(): IterableIterator<string> {
    return this.namespaces.keys();
  }
}
