import { epsEmpty } from './eps-empty';
import { epsNotReady } from './eps-not-ready';
import { ingClassNotFound } from './ing-class-notfound';
import { ingPortIsTargetPort } from './ing-port-is-targetport';
import { ingSvcMissing } from './ing-svc-missing';
import { ingSvcPort } from './ing-svc-port';
import { npDnsEgress } from './np-dns-egress';
import { npHostnetController } from './np-hostnet-controller';
import { npIngressCtrlBlocked } from './np-ingress-ctrl-blocked';
import { npPeerDangling } from './np-peer-dangling';
import { npPortIsSvcPort } from './np-port-is-svc-port';
import { podCrashLoop } from './pod-crashloop';
import { podNotReady } from './pod-not-ready';
import { podOomKilled } from './pod-oomkilled';
import { prbEventHttpStatus } from './prb-event-http-status';
import { prbReadinessMissing } from './prb-readiness-missing';
import { svcSelectorNoMatch } from './svc-selector-nomatch';
import { svcTargetPortNamed } from './svc-targetport-named';
import type { Check } from './types';

/** Every check Hopscope runs. Adding a check is adding its file and a line here. */
export const CHECKS: readonly Check[] = [
  ingSvcMissing,
  ingSvcPort,
  ingPortIsTargetPort,
  ingClassNotFound,
  svcSelectorNoMatch,
  svcTargetPortNamed,
  epsEmpty,
  epsNotReady,
  podNotReady,
  podCrashLoop,
  podOomKilled,
  prbEventHttpStatus,
  prbReadinessMissing,
  npIngressCtrlBlocked,
  npPortIsSvcPort,
  npHostnetController,
  npPeerDangling,
  npDnsEgress,
] as Check[];
