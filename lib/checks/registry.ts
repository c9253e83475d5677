import { epsEmpty } from './eps-empty';
import { epsNodeMissing } from './eps-node-missing';
import { epsNotReady } from './eps-not-ready';
import { epsOnlyTerminating } from './eps-only-terminating';
import { epsPortSubset } from './eps-port-subset';
import { epsPublishNotReady } from './eps-publish-not-ready';
import { epsReadinessGate } from './eps-readiness-gate';
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
import { podEvicted } from './pod-evicted';
import { podGracefulShutdown } from './pod-graceful-shutdown';
import { podNotReady } from './pod-not-ready';
import { podOomKilled } from './pod-oomkilled';
import { podPending } from './pod-pending';
import { podStartupMissing } from './pod-startup-missing';
import { prbEventHttpStatus } from './prb-event-http-status';
import { prbEventNamedPort } from './prb-event-namedport';
import { prbEventRefused } from './prb-event-refused';
import { prbEventTimeout } from './prb-event-timeout';
import { prbIdentical } from './prb-identical';
import { prbReadinessMissing } from './prb-readiness-missing';
import { prbTiming } from './prb-timing';
import { svcAffinity } from './svc-affinity';
import { svcEtpLocal } from './svc-etp-local';
import { svcExternalName } from './svc-externalname';
import { svcItpLocal } from './svc-itp-local';
import { svcManualSlicePort } from './svc-manual-slice-port';
import { svcNoSelectorNoSlices } from './svc-noselector-noslices';
import { svcPortProtocol } from './svc-port-protocol';
import { svcProbePortMismatch } from './svc-probe-port-mismatch';
import { svcSelectorMultiApp } from './svc-selector-multiapp';
import { svcSelectorNoMatch } from './svc-selector-nomatch';
import { svcSingleEndpoint } from './svc-single-endpoint';
import { svcTargetPortNamed } from './svc-targetport-named';
import { svcTargetPortNumericUndeclared } from './svc-targetport-numeric-undeclared';
import { svcType } from './svc-type';
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
  epsOnlyTerminating,
  epsPublishNotReady,
  epsReadinessGate,
  epsPortSubset,
  epsNodeMissing,
  svcSelectorMultiApp,
  svcNoSelectorNoSlices,
  svcManualSlicePort,
  svcTargetPortNumericUndeclared,
  svcProbePortMismatch,
  svcPortProtocol,
  svcSingleEndpoint,
  svcEtpLocal,
  svcItpLocal,
  svcAffinity,
  svcExternalName,
  svcType,
  prbEventRefused,
  prbEventTimeout,
  prbEventNamedPort,
  prbIdentical,
  prbTiming,
  podStartupMissing,
  podPending,
  podGracefulShutdown,
  podEvicted,
] as Check[];
