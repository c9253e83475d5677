import { dnsClusterDnsDown } from './dns-cluster-dns-down';
import { dnsHeadlessUnready } from './dns-headless-unready';
import { dnsNdots } from './dns-ndots';
import { epsEmpty } from './eps-empty';
import { epsNodeMissing } from './eps-node-missing';
import { epsNotReady } from './eps-not-ready';
import { epsOnlyTerminating } from './eps-only-terminating';
import { epsPortSubset } from './eps-port-subset';
import { epsPublishNotReady } from './eps-publish-not-ready';
import { epsReadinessGate } from './eps-readiness-gate';
import { gwClassMissing } from './gw-class-missing';
import { gwNotReady } from './gw-not-ready';
import { gwcNotAccepted } from './gwc-not-accepted';
import { gwcUnused } from './gwc-unused';
import { ingClassNoController } from './ing-class-no-controller';
import { ingClassNotFound } from './ing-class-notfound';
import { ingClassUnset } from './ing-class-unset';
import { ingDupHostPath } from './ing-dup-hostpath';
import { ingExternalName } from './ing-externalname';
import { ingPortIsTargetPort } from './ing-port-is-targetport';
import { ingPortNumeric } from './ing-port-numeric';
import { ingRegexHost } from './ing-regex-host';
import { ingSvcMissing } from './ing-svc-missing';
import { ingSvcPort } from './ing-svc-port';
import { ingTlsSecret } from './ing-tls-secret';
import { kpBypass } from './kp-bypass';
import { kpMode } from './kp-mode';
import { kpNotRunning } from './kp-not-running';
import { npDnsEgress } from './np-dns-egress';
import { npHostnetController } from './np-hostnet-controller';
import { npIngressCtrlBlocked } from './np-ingress-ctrl-blocked';
import { npNoTarget } from './np-no-target';
import { npPeerDangling } from './np-peer-dangling';
import { npPortIsSvcPort } from './np-port-is-svc-port';
import { npSelectsAll } from './np-selects-all';
import { npUnisolated } from './np-unisolated';
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
import { prbPortUndeclared } from './prb-port-undeclared';
import { prbReadinessMissing } from './prb-readiness-missing';
import { prbTiming } from './prb-timing';
import { rtBackendMissing } from './rt-backend-missing';
import { rtBackendPort } from './rt-backend-port';
import { rtHostname } from './rt-hostname';
import { rtNoReady } from './rt-no-ready';
import { rtNotAllowed } from './rt-not-allowed';
import { rtParentMissing } from './rt-parent-missing';
import { rtRegexInvalid } from './rt-regex-invalid';
import { rtStatus } from './rt-status';
import { rtXnsGrant } from './rt-xns-grant';
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
import { svcStsHeadless } from './svc-sts-headless';
import { svcTargetPortNamed } from './svc-targetport-named';
import { svcTargetPortNumericUndeclared } from './svc-targetport-numeric-undeclared';
import { svcType } from './svc-type';
import { wlReplicaFailure } from './wl-replica-failure';
import { wlReplicas } from './wl-replicas';
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
  prbPortUndeclared,
  prbIdentical,
  prbTiming,
  podStartupMissing,
  podPending,
  podGracefulShutdown,
  podEvicted,
  ingClassUnset,
  ingClassNoController,
  ingPortNumeric,
  ingExternalName,
  ingDupHostPath,
  ingRegexHost,
  rtParentMissing,
  gwClassMissing,
  gwcNotAccepted,
  gwNotReady,
  rtNotAllowed,
  rtHostname,
  rtStatus,
  rtBackendMissing,
  rtBackendPort,
  rtXnsGrant,
  rtRegexInvalid,
  rtNoReady,
  dnsClusterDnsDown,
  dnsHeadlessUnready,
  kpMode,
  kpBypass,
  kpNotRunning,
  npSelectsAll,
  wlReplicas,
  wlReplicaFailure,
  svcStsHeadless,
  ingTlsSecret,
  dnsNdots,
  npNoTarget,
  npUnisolated,
  gwcUnused,
] as Check[];
