import type { Graph, GraphNode, Severity } from '../../lib/graph/types';
import { worstOf } from '../../lib/graph/health';
import { addTo } from '../../lib/util/group';
import { atOrAbove } from './fail-on';
import { byColumnThenId } from './format-dot';
import { formatFinding, formatNotChecked, title } from './format-text';

// Characters XML 1.0 cannot carry at all (control characters, lone surrogates): replaced, not escaped.
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Text for an XML element. */
export const xmlText = (text: string) => text.replace(NOT_XML, '\uFFFD').replace(/[&<>]/g, (c) => ENTITY[c]!);
/** A double-quoted XML attribute value; line breaks and tabs kept as character references (parsers fold them otherwise). */
export const xmlAttr = (text: string) => `"${text.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\n\r\t]/g, (c) => ENTITY[c]!)}"`;

const CLUSTER = '(cluster)';
const suiteOf = (node: GraphNode) => node.ref?.namespace || CLUSTER;

function testcase(node: GraphNode, suite: string, level: Severity): { xml: string; failed: boolean } {
  const failing = node.findings.filter((f) => atOrAbove(f, level));
  const other = [...node.findings.filter((f) => !atOrAbove(f, level)).flatMap(formatFinding), ...formatNotChecked(node.notChecked ?? [])];
  const open = `    <testcase classname=${xmlAttr(suite)} name=${xmlAttr(title(node))}`;
  if (failing.length === 0 && other.length === 0) return { xml: `${open}/>`, failed: false };
  const message = failing.length === 1 ? `${failing[0]!.id}: ${failing[0]!.message}` : `${failing.length} findings at or above ${level}: ${failing.map((f) => f.id).join(', ')}`;
  const lines = [`${open}>`];
  if (failing.length) lines.push(`      <failure type=${xmlAttr(worstOf(failing))} message=${xmlAttr(message)}>${xmlText(failing.flatMap(formatFinding).join('\n'))}</failure>`);
  if (other.length) lines.push(`      <system-out>${xmlText(other.join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return { xml: lines.join('\n'), failed: failing.length > 0 };
}

/**
 * The graph as JUnit XML for CI dashboards: a testsuite per namespace (the Client and cluster-wide
 * hops in `(cluster)`, with the graph's notes, such as which mode ran, as its output), a testcase
 * per hop, failed by its findings at or above `level`; the findings below it, and what could not be
 * checked, in the testcase's output.
 */
export function formatJunit(graph: Graph, level: Severity): string {
  const suites = new Map<string, GraphNode[]>();
  for (const node of [...graph.nodes].sort(byColumnThenId)) addTo(suites, suiteOf(node), node);
  let tests = 0;
  let failures = 0;
  const body: string[] = [];
  for (const name of [...suites.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cases = suites.get(name)!.map((node) => testcase(node, name, level));
    const failed = cases.filter((c) => c.failed).length;
    tests += cases.length;
    failures += failed;
    const notes = name === CLUSTER && graph.notes.length ? [`    <system-out>${xmlText(graph.notes.join('\n'))}</system-out>`] : [];
    body.push(`  <testsuite name=${xmlAttr(name)} tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`, ...cases.map((c) => c.xml), ...notes, '  </testsuite>');
  }
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name=${xmlAttr(`Hopscope: ${graph.source.name}`)} tests="${tests}" failures="${failures}" errors="0">`, ...body, '</testsuites>'].join('\n');
}
