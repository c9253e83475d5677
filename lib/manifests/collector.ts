import { isWorkloadKind } from '../k8s/kinds';
import type { AnyObject, Pod, Workload } from '../k8s/types';
import { rec, type JsonRecord } from '../state/read';
import { readTemplate, type WorkloadTemplate } from './templates';

/** The workload templates that stand in for pods, the workloads whose template cannot, and the Helm hooks left out. */
export interface Templates {
  templates: WorkloadTemplate[];
  problems: string[];
  hooks: string[];
}

/** A pod a cluster runs has a phase; a Pod manifest has no status. */
const isRunning = (raw: JsonRecord) => typeof rec(raw.status)?.phase === 'string';
/** Helm hooks (a chart's test Pod, a migration Job) run at install, upgrade or test, not beside the app. */
const isHelmHook = (raw: JsonRecord) => typeof rec(rec(raw.metadata)?.annotations)?.['helm.sh/hook'] === 'string';

/**
 * Keeps the pod templates of the workloads read (and Pod manifests, which stand for themselves),
 * for manifests mode: chosen when the input has workloads and no running pods, or forced. Unforced,
 * it lets go of them at the first running pod, so reading a cluster dump keeps nothing extra.
 */
export class TemplateCollector {
  private templates: WorkloadTemplate[] = [];
  private problems: string[] = [];
  private hooks: string[] = [];
  private workloads = 0;
  private pods = false;

  constructor(private readonly forced: boolean) {}

  /** Hears each object read: raw, and as the state keeps it. */
  offer(raw: JsonRecord, object: AnyObject): void {
    if (this.pods || (object.kind !== 'Pod' && !isWorkloadKind(object.kind))) return;
    const name = `${object.kind} ${object.metadata.namespace}/${object.metadata.name}`;
    if (object.kind === 'Pod' && isRunning(raw)) {
      if (!this.forced) {
        this.pods = true;
        this.templates = [];
        this.problems = [];
        this.hooks = [];
      }
      return;
    }
    this.workloads++;
    if (isHelmHook(raw)) {
      this.hooks.push(name);
      return;
    }
    const template = readTemplate(raw, object as Workload | Pod);
    if (template && 'error' in template) this.problems.push(`${name}: ${template.error}.`);
    else if (template) this.templates.push(template);
  }

  /** The templates when manifests mode runs; null when the input's own pods are read. */
  chosen(): Templates | null {
    return this.forced || (!this.pods && this.workloads > 0) ? { templates: this.templates, problems: this.problems, hooks: this.hooks } : null;
  }
}
