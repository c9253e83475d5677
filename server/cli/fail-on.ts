import { z } from 'zod';
import type { Finding, Graph, Severity } from '../../lib/graph/types';
import { SEVERITY_RANK } from '../../lib/view/problems';

/** `--fail-on` values: the lowest severity that makes `hopscope analyze` exit 1. */
export const failOnSchema = z.enum(['critical', 'warning'], { error: (issue) => `"${String(issue.input)}" is not one of critical, warning` });
export type FailOn = z.infer<typeof failOnSchema>;

export const atOrAbove = (finding: Pick<Finding, 'severity'>, level: Severity) => SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[level];

/** Whether any hop of the graph has a finding at or above the level. */
export const failsAt = (graph: Graph, level: Severity) => graph.nodes.some((node) => node.findings.some((f) => atOrAbove(f, level)));
