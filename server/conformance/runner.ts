import type { z } from 'zod';
import { httpRouteCaseSchema, ingressCaseSchema, loadCorpus, netpolCaseSchema, type CaseKind } from './corpus';
import { runHTTPRouteCase } from './httproute-cases';
import { runIngressCase } from './ingress-cases';
import { runNetpolCase } from './netpol-cases';
import type { CaseResult } from './result';

export interface FileReport {
  name: string;
  kind: CaseKind;
  results: CaseResult[];
  /** Set when the file could not be read or run at all; it then counts as one failure. */
  error?: string;
}

function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`not in the corpus format: ${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

function runFile(kind: CaseKind, data: unknown): CaseResult[] {
  switch (kind) {
    case 'netpol':
      return runNetpolCase(parse(netpolCaseSchema, data));
    case 'ingress':
      return runIngressCase(parse(ingressCaseSchema, data));
    case 'httproute':
      return runHTTPRouteCase(parse(httpRouteCaseSchema, data));
  }
}

export async function runCorpus(dir: string): Promise<FileReport[]> {
  const files = await loadCorpus(dir);
  return files.map(({ name, kind, data }) => {
    try {
      return { name, kind, results: runFile(kind, data) };
    } catch (error) {
      return { name, kind, results: [], error: (error as Error).message };
    }
  });
}

export function tally(reports: FileReport[]): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const report of reports) {
    if (report.error) failed++;
    for (const r of report.results) r.pass ? passed++ : failed++;
  }
  return { passed, failed };
}
