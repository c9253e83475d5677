import { describe, expect, it } from 'vitest';
import { graphOf, pod, service, slice } from '../testing/fixtures';
import { viewOfGraph } from '../view/graph-view';
import { problemCounts, totalProblems } from './problems';

describe('the problems a snapshot had when frozen', () => {
  const ok = pod('shop', 'web-a', { labels: { app: 'web' } });
  const sick = pod('blog', 'wp-a', { labels: { app: 'wp' }, ready: false });
  const graph = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: ok }]), ok, service('blog', 'wp', { app: 'wp' }), slice('blog', 'wp', [{ pod: sick, ready: false }]), sick, service('blog', 'empty', { app: 'nothing' })]);

  it('counts them per namespace, adding up to what the frozen view shows', () => {
    const counts = problemCounts(graph);
    // The Service that selects nothing.
    expect(counts.blog!.critical).toBeGreaterThan(0);
    const shown = viewOfGraph(graph, { namespaces: null, keep: [], focus: null, open: [], problemsOnly: false }).graph.detail!.problems;
    expect(totalProblems(counts)).toEqual(shown);
    expect(shown.critical + shown.warning).toBeGreaterThan(0);
  });
});
