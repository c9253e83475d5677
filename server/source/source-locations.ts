import type { ObjectRef } from '../../lib/graph/types';

/** Where an object was read: its file, and the line its document or List item starts on (none for a snapshot's objects). */
export interface SourceLocation {
  file: string;
  line?: number;
}

const keyOf = (kind: string, namespace: string | undefined, name: string) => `${kind}/${namespace ?? ''}/${name}`;

/** Where each object the state holds was read, by kind, namespace and name (the last read wins, as in the state). */
export class SourceLocations {
  private readonly byObject = new Map<string, SourceLocation>();
  /** The first file anything was read from: where a finding that names no object read is placed. */
  firstFile: string | undefined;

  record(object: { kind: string; metadata: { namespace?: string; name: string } }, where: SourceLocation): void {
    this.firstFile ??= where.file;
    this.byObject.set(keyOf(object.kind, object.metadata.namespace, object.metadata.name), where);
  }

  of(ref: ObjectRef): SourceLocation | undefined {
    return this.byObject.get(keyOf(ref.kind, ref.namespace, ref.name));
  }
}
