import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CHECK_HELP } from '../../lib/checks/help';
import { container, httpProbe, ingress, ingressClass, pod, service, slice } from '../../lib/testing/fixtures';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/hopscope.mjs');

let dir: string;

/** Runs the CLI from `dir`, so files are named relative to it, as in a checkout. */
async function hopscope(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir, timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// SARIF 2.1.0's JSON schema (draft-04) as Microsoft's SARIF SDK ships it. Its pattern for `language`
// has a stray `]` that only a regular expression without the `u` flag accepts.
const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validSarif = ajv.compile(schema);

const ready = (name: string, labels: Record<string, string>) =>
  pod('shop', name, { labels, containers: [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], { readinessProbe: httpProbe('http'), lifecycle: { preStop: { sleep: { seconds: 5 } } } })] });
const dump = (objects: object[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }, null, 2);

/** A chart as `helm template` prints it: one document per template, each after its `# Source:` comment. */
function chart(templates: Record<string, object>): { text: string; lineOf: (template: string) => number } {
  const text = Object.entries(templates)
    .map(([name, object]) => `---\n# Source: shop/templates/${name}\n${stringify(object)}`)
    .join('');
  const lines = text.split('\n');
  return { text, lineOf: (template) => lines.indexOf(`# Source: shop/templates/${template}`) + 2 };
}

const web1 = ready('web-1', { app: 'web' });
const web2 = ready('web-2', { app: 'web' });
// A selector typo (app=wbe), and an Ingress path to a Service that does not exist.
const broken = chart({
  'ingressclass.yaml': ingressClass('nginx'),
  'ingress.yaml': ingress('shop', 'shop', [
    { path: '/', service: 'web', port: 80 },
    { path: '/hooks', service: 'hooks', port: 80 },
  ]),
  'service.yaml': service('shop', 'web', { app: 'wbe' }),
  'pod-1.yaml': web1,
  'pod-2.yaml': web2,
});

// Manifests: a Deployment's template stands in for its pods.
const manifests = chart({
  'service.yaml': service('shop', 'web', { app: 'web' }),
  'deployment.yaml': {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container('app', [{ name: 'http', containerPort: 8080 }])] } },
    },
  },
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hopscope-ci-'));
  await writeFile(join(dir, 'manifests.yaml'), manifests.text);
  await mkdir(join(dir, 'rendered'));
  await writeFile(join(dir, 'rendered', 'shop.yaml'), broken.text);
  // Two ready pods behind a Service: nothing at warning or above.
  await writeFile(join(dir, 'clean.json'), dump([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web1 }, { pod: web2 }]), web1, web2]));
  // One: a single endpoint is a warning (SVC-SINGLE-ENDPOINT), nothing critical.
  await writeFile(join(dir, 'single.json'), dump([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web1 }]), web1]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hopscope analyze --fail-on', () => {
  it('exits 0 when nothing is at or above the level, 1 when something is, and 0 for any finding without --fail-on', async () => {
    expect((await hopscope('analyze', 'clean.json', '--fail-on', 'warning')).code).toBe(0);
    expect((await hopscope('analyze', 'single.json', '--fail-on', 'critical')).code).toBe(0);
    const warned = await hopscope('analyze', 'single.json', '--fail-on', 'warning');
    expect(warned.code).toBe(1);
    expect(warned.stdout).toContain('SVC-SINGLE-ENDPOINT');
    expect((await hopscope('analyze', 'rendered', '--fail-on', 'critical', '--format', 'json')).code).toBe(1);
    expect((await hopscope('analyze', 'rendered')).code).toBe(0);
  });

  it('exits 2 on a level it does not know, and on bad input whatever the level', async () => {
    const info = await hopscope('analyze', 'clean.json', '--fail-on', 'info');
    expect(info.code).toBe(2);
    expect(info.stderr).toContain('hopscope: --fail-on: "info" is not one of critical, warning');
    expect((await hopscope('analyze', 'clean.json', '--fail-on')).code).toBe(2);
    await writeFile(join(dir, 'bad.json'), '{"not": "kubernetes"}');
    expect((await hopscope('analyze', 'bad.json', '--fail-on', 'warning')).code).toBe(2);
    expect((await hopscope('analyze', 'missing.yaml', '--fail-on', 'critical', '--format', 'sarif')).code).toBe(2);
  });
});

describe('hopscope analyze --format sarif', () => {
  it('is valid SARIF 2.1.0, with the catalog of docs/checks.md as its rules', async () => {
    const { code, stdout } = await hopscope('analyze', 'rendered', '--format', 'sarif');
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(validSarif(log), JSON.stringify(validSarif.errors, null, 2)).toBe(true);
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe('Hopscope');
    expect(driver.rules!.map((r) => r.id)).toEqual(CHECK_HELP.map((h) => h.id));
    const nomatch = driver.rules!.find((r) => r.id === 'SVC-SELECTOR-NOMATCH')!;
    expect(nomatch.defaultConfiguration?.level).toBe('error');
    expect(nomatch.help?.markdown).toContain('**What to do:** Fix the selector or the pod labels');
    expect(driver.rules!.find((r) => r.id === 'SVC-SINGLE-ENDPOINT')!.defaultConfiguration?.level).toBe('warning');
    for (const result of log.runs[0]!.results!) {
      expect(driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
      // GitHub's code scanning refuses a whole log for one result without a file.
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('rendered/shop.yaml');
    }
    // A finding on the Client names no object: it is placed at the file, without a line.
    expect(log.runs[0]!.results!.filter((r) => !r.locations![0]!.physicalLocation!.region).map((r) => r.properties?.hop)).toEqual(expect.arrayContaining(['client']));
  });

  it('places each finding at the file and line of its object in a multi-document YAML manifest, with the objects its evidence names', async () => {
    const log = JSON.parse((await hopscope('analyze', 'rendered', '--format', 'sarif')).stdout) as Sarif.Log;
    const results = log.runs[0]!.results!;
    const at = (result: Sarif.Result | undefined) => {
      const physical = result?.locations?.[0]?.physicalLocation;
      return physical && { uri: physical.artifactLocation?.uri, base: physical.artifactLocation?.uriBaseId, line: physical.region?.startLine };
    };
    const byRule = (id: string) => results.find((r) => r.ruleId === id);
    expect(at(byRule('SVC-SELECTOR-NOMATCH'))).toEqual({ uri: 'rendered/shop.yaml', base: 'SRCROOT', line: broken.lineOf('service.yaml') });
    expect(byRule('SVC-SELECTOR-NOMATCH')!.level).toBe('error');
    expect(byRule('SVC-SELECTOR-NOMATCH')!.locations![0]!.logicalLocations).toEqual([{ name: 'web', fullyQualifiedName: 'Service/shop/web', kind: 'resource' }]);
    // The near miss names the pods: they are where the typo may be, too.
    const related = byRule('SVC-SELECTOR-NOMATCH')!.relatedLocations!.map((l) => [l.message?.text, l.physicalLocation?.region?.startLine]);
    expect(related).toEqual(
      expect.arrayContaining([
        ['Pod/shop/web-1', broken.lineOf('pod-1.yaml')],
        ['Pod/shop/web-2', broken.lineOf('pod-2.yaml')],
      ]),
    );
    expect(at(byRule('ING-SVC-MISSING'))).toEqual({ uri: 'rendered/shop.yaml', base: 'SRCROOT', line: broken.lineOf('ingress.yaml') });
    // The EndpointSlices hop of a Service is placed at the Service.
    expect(at(byRule('EPS-EMPTY'))?.line).toBe(broken.lineOf('service.yaml'));
    expect(log.runs[0]!.originalUriBaseIds?.SRCROOT?.uri).toMatch(new RegExp(`^file:///.*${basename(dir)}/$`));
  });

  it('places the findings of pods that manifests mode predicts at the workload they stand for', async () => {
    const log = JSON.parse((await hopscope('analyze', 'manifests.yaml', '--format', 'sarif')).stdout) as Sarif.Log;
    const onPods = log.runs[0]!.results!.filter((r) => String(r.properties?.hop).startsWith('pod/'));
    expect(onPods.map((r) => r.ruleId)).toContain('PRB-READINESS-MISSING');
    for (const r of onPods) expect(r.locations![0]!.physicalLocation!.region?.startLine).toBe(manifests.lineOf('deployment.yaml'));
    // The notes, and what was not checked: once per check and reason, not once per pod.
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text!);
    expect(notes[0]).toMatch(/^Manifests mode/);
    expect(notes).toContainEqual(expect.stringMatching(/^POD-CRASHLOOP not checked on Pod shop\/web-pod-1 and 1 more hop: /));
  });

  it('places findings read from a JSON List at the line its item starts on', async () => {
    const log = JSON.parse((await hopscope('analyze', 'single.json', '--format', 'sarif')).stdout) as Sarif.Log;
    const single = log.runs[0]!.results!.find((r) => r.ruleId === 'SVC-SINGLE-ENDPOINT')!;
    expect(single.level).toBe('warning');
    expect(single.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'single.json', uriBaseId: 'SRCROOT' }, region: { startLine: 5 } });
  });
});

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses XML strictly (saxes throws on anything not well-formed) into elements. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [{ name: '#document', attributes: {}, text: '', children: [] }];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return stack[0]!.children[0]!;
}

describe('hopscope analyze --format junit', () => {
  it('is well-formed JUnit XML: a testsuite per namespace, a testcase per hop, failures for findings at or above the level (warning by default)', async () => {
    const { code, stdout } = await hopscope('analyze', 'rendered', '--format', 'junit');
    expect(code).toBe(0);
    const root = parseXml(stdout);
    expect(root.name).toBe('testsuites');
    expect(root.children.map((s) => s.attributes.name)).toEqual(['(cluster)', 'shop']);
    const shop = root.children[1]!;
    const cases = new Map(shop.children.map((c) => [c.attributes.name!, c]));
    expect([...cases.keys()]).toEqual(expect.arrayContaining(['Ingress shop/shop', 'Service shop/web', 'EndpointSlices of shop/web']));
    const failure = (name: string) => cases.get(name)!.children.find((c) => c.name === 'failure');
    expect(failure('Service shop/web')?.attributes).toMatchObject({ type: 'critical', message: expect.stringMatching(/^SVC-SELECTOR-NOMATCH: /) });
    expect(failure('Service shop/web')?.text).toContain('$ kubectl get pods -n shop -L app');
    // Several findings: the message lists them, the text says each.
    expect(failure('Ingress shop/shop')?.attributes).toMatchObject({ type: 'critical', message: '2 findings at or above warning: ING-SVC-MISSING, ING-CLASS-NO-CONTROLLER' });
    expect(failure('Ingress shop/shop')?.text).toMatch(/✕ critical {2}ING-SVC-MISSING .*"hooks"[^]*! warning {3}ING-CLASS-NO-CONTROLLER/);
    expect(Number(shop.attributes.failures)).toBe(shop.children.filter((c) => c.children.some((x) => x.name === 'failure')).length);
    expect(Number(root.attributes.tests)).toBe(root.children.reduce((n, s) => n + Number(s.attributes.tests), 0));
  });

  it('fails only on findings at or above --fail-on, and keeps the others as the testcase output', async () => {
    const warning = parseXml((await hopscope('analyze', 'single.json', '--format', 'junit')).stdout);
    const critical = parseXml((await hopscope('analyze', 'single.json', '--format', 'junit', '--fail-on', 'critical')).stdout);
    const service = (root: XmlElement) => root.children.find((s) => s.attributes.name === 'shop')!.children.find((c) => c.attributes.name === 'Service shop/web')!;
    expect(service(warning).children.find((c) => c.name === 'failure')?.attributes).toMatchObject({ type: 'warning', message: expect.stringMatching(/^SVC-SINGLE-ENDPOINT: /) });
    expect(service(critical).children.map((c) => c.name)).toEqual(['system-out']);
    expect(service(critical).children[0]!.text).toContain('! warning   SVC-SINGLE-ENDPOINT');
    expect(critical.attributes.failures).toBe('0');
  });

  it('says which mode ran (the graph\'s notes) as the output of the cluster-wide testsuite', async () => {
    const cluster = parseXml((await hopscope('analyze', 'manifests.yaml', '--format', 'junit')).stdout).children[0]!;
    expect(cluster.attributes.name).toBe('(cluster)');
    expect(cluster.children.at(-1)).toMatchObject({ name: 'system-out', text: expect.stringMatching(/^Manifests mode/) });
  });

  it('escapes what the cluster wrote (quotes, <, &, control characters) so the XML stays well-formed', async () => {
    const odd = ingress('shop', 'odd', [{ path: '/', service: 'web', port: 80 }]);
    delete (odd.spec as { ingressClassName?: string }).ingressClassName;
    (odd as { metadata: { annotations?: object } }).metadata.annotations = { 'kubernetes.io/ingress.class': 'a<b>&"c\'\u0001d' };
    await writeFile(join(dir, 'odd.json'), dump([odd, service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web1 }, { pod: web2 }]), web1, web2]));
    const { stdout } = await hopscope('analyze', 'odd.json', '--format', 'junit');
    const ingressCase = parseXml(stdout)
      .children.find((s) => s.attributes.name === 'shop')!
      .children.find((c) => c.attributes.name === 'Ingress shop/odd')!;
    const failure = ingressCase.children.find((c) => c.name === 'failure')!;
    expect(failure.attributes.message).toBe('ING-CLASS-NOTFOUND: Ingress class "a<b>&"c\'\uFFFDd" matches no IngressClass (the cluster has none), so no controller may serve this Ingress.');
    expect(failure.text).toContain('kubernetes.io/ingress.class');
  });
});
