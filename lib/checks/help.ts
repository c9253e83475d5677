// Generated from docs/checks.md by `npx tsx scripts/generate-check-help.ts`: edit the catalog, then run that.
import type { CheckHelp } from './help-markdown';

export const CHECK_HELP: readonly CheckHelp[] = [
  {
    "id": "ING-SVC-MISSING",
    "section": "Ingress hop",
    "severity": "critical",
    "meaning": "A rule (or the default backend) of the Ingress sends requests to a Service that does not exist in the Ingress's namespace. The missing Service is drawn as a dashed card.",
    "usersSee": "`503` from the ingress controller for those paths",
    "whatToDo": "Create the Service, or fix `backend.service.name` (Services are namespace-local)."
  },
  {
    "id": "ING-SVC-PORT",
    "section": "Ingress hop",
    "severity": "critical",
    "meaning": "The backend's `port.number` is not a port of the Service, or `port.name` names no Service port.",
    "usersSee": "`503` for those paths",
    "whatToDo": "Use the Service `port` (not the container port), or a `ports[].name` the Service has."
  },
  {
    "id": "ING-PORT-IS-TARGETPORT",
    "section": "Ingress hop",
    "severity": "warning",
    "meaning": "The backend's `port.number` is not a Service port but equals a Service `targetPort`. ingress-nginx accepts this; controllers that match strictly do not.",
    "usersSee": "works on ingress-nginx, `503`/`500` elsewhere",
    "whatToDo": "Use the Service `port`."
  },
  {
    "id": "ING-CLASS-NOTFOUND",
    "section": "Ingress hop",
    "severity": "critical (warning when only the legacy annotation names it)",
    "meaning": "The class in `spec.ingressClassName` (or the `kubernetes.io/ingress.class` annotation) matches no IngressClass, and is not a class a cloud controller serves without one (see below).",
    "usersSee": "no controller serves it: no address, `timeout` or another controller's `404`",
    "whatToDo": "Name an existing IngressClass (`kubectl get ingressclass`)."
  },
  {
    "id": "ING-CLASS-UNSET",
    "section": "Ingress hop",
    "severity": "critical when no IngressClass is the default; warning when one is",
    "meaning": "The Ingress names no class (neither `spec.ingressClassName` nor the legacy annotation). The default class is filled in only when an Ingress is created, so one created before the default existed stays class-less.",
    "usersSee": "no controller serves it: no address, `timeout`, or another controller's `404`",
    "whatToDo": "Set `spec.ingressClassName`."
  },
  {
    "id": "ING-CLASS-NO-CONTROLLER",
    "section": "Ingress hop",
    "severity": "warning",
    "meaning": "The IngressClass exists, but no Ready pod of its controller runs (found by the controller's pod labels), or, for a controller Hopscope has no labels for, the Ingress has had no address for more than 5 minutes.",
    "usersSee": "no address: `timeout`, DNS points nowhere",
    "whatToDo": "Start the controller, or fix the class."
  },
  {
    "id": "ING-PORT-NUMERIC",
    "section": "Ingress hop",
    "severity": "critical when a backend names no port; info for port numbers",
    "meaning": "A backend without `port` (older objects only), or with `port.number` where a name would survive a renumbering.",
    "usersSee": "— / no backend port",
    "whatToDo": "Prefer `port.name`."
  },
  {
    "id": "ING-EXTERNALNAME",
    "section": "Ingress hop",
    "severity": "info; warning when the ExternalName is loopback, an IP or not a DNS name",
    "meaning": "The backend Service is an ExternalName: the controller proxies to that host with the original Host header and SNI.",
    "usersSee": "the far side may answer `404`/`421`/TLS errors; an invalid name gives `503`",
    "whatToDo": "Set the upstream Host (`upstream-vhost`) or use a Service with endpoints."
  },
  {
    "id": "ING-DUP-HOSTPATH",
    "section": "Ingress hop",
    "severity": "warning",
    "meaning": "Another, older Ingress of the same class already defines the same host, path and pathType (no host counts as `*`). ingress-nginx keeps the oldest; canary Ingresses are exempt.",
    "usersSee": "this rule never gets traffic: the other app's responses or `404`",
    "whatToDo": "Remove the duplicate, or merge the Ingresses."
  },
  {
    "id": "ING-REGEX-HOST",
    "section": "Ingress hop",
    "severity": "warning",
    "meaning": "An Ingress on the same host sets `nginx.ingress.kubernetes.io/use-regex: \"true\"` or a `rewrite-target` that differs from its path: ingress-nginx then renders every path on that host, from all Ingresses, as a case-insensitive regex prefix.",
    "usersSee": "Exact stops being exact, Prefix `/foo` matches `/foobar`: wrong backend or `404`",
    "whatToDo": "Keep regex Ingresses on their own host."
  },
  {
    "id": "ING-TLS-SECRET",
    "section": "Ingress hop",
    "severity": "warning",
    "meaning": "A `tls[].secretName` Secret does not exist in the Ingress's namespace, or (from dumps, which carry it) is not of type `kubernetes.io/tls` or lacks `tls.crt` / `tls.key`. Hopscope keeps no Secret values (the live source reads Secrets as metadata only), so the certificate's SANs are not checked; without any Secret in the source (no permission), the check is silent.",
    "usersSee": "TLS errors: the controller serves its default certificate",
    "whatToDo": "Create the TLS Secret in the Ingress's namespace."
  },
  {
    "id": "RT-PARENT-MISSING",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "A `parentRefs[]` Gateway does not exist (in `parentRef.namespace`, default the route's).",
    "usersSee": "`404` (route unattached)",
    "whatToDo": "Fix the parentRef."
  },
  {
    "id": "GW-CLASS-MISSING",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The parent Gateway's `gatewayClassName` names no GatewayClass (checked when the source has GatewayClasses).",
    "usersSee": "`refused` / `timeout`",
    "whatToDo": "Use an installed GatewayClass."
  },
  {
    "id": "GWC-NOT-ACCEPTED",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The GatewayClass's `Accepted` condition is not True (no controller, or rejected).",
    "usersSee": "`refused` / `timeout`",
    "whatToDo": "Install or fix its controller."
  },
  {
    "id": "GW-NOT-READY",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The Gateway's `Accepted` or `Programmed` condition is not True, or a targeted listener has `Accepted`/`Programmed` False, `ResolvedRefs` False or `Conflicted` True.",
    "usersSee": "`refused` / `timeout` / TLS errors",
    "whatToDo": "Read the Gateway's conditions."
  },
  {
    "id": "RT-NOT-ALLOWED",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "No targeted listener accepts the route: `allowedRoutes.namespaces.from` is `Same` and the namespaces differ, the `Selector` does not match the route's namespace labels, or `allowedRoutes.kinds` excludes HTTPRoute.",
    "usersSee": "`404`",
    "whatToDo": "Allow the namespace on the listener, or move the route."
  },
  {
    "id": "RT-HOSTNAME",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The route has hostnames and none intersects a targeted listener's hostname (`*.` matches one or more labels).",
    "usersSee": "`404` (NoMatchingListenerHostname)",
    "whatToDo": "Align route and listener hostnames."
  },
  {
    "id": "RT-STATUS",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The controller's own verdict in `status.parents[]`: `Accepted=False` or `ResolvedRefs=False` with its reason, or no entry (not reconciled).",
    "usersSee": "`404` (not accepted); `500` for unresolved backends",
    "whatToDo": "Read the reason."
  },
  {
    "id": "RT-BACKEND-MISSING",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "A `backendRefs[]` Service does not exist (in `backendRef.namespace`, default the route's).",
    "usersSee": "`500` for that backend's share of requests",
    "whatToDo": "Fix the backendRef."
  },
  {
    "id": "RT-BACKEND-PORT",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The backendRef's `port` is not a port of the Service (Gateway API matches the Service port, never the targetPort).",
    "usersSee": "`500`",
    "whatToDo": "Use the Service port."
  },
  {
    "id": "RT-XNS-GRANT",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The backend Service is in another namespace and no ReferenceGrant there allows HTTPRoutes from the route's namespace to use it.",
    "usersSee": "`500` (RefNotPermitted)",
    "whatToDo": "Add a ReferenceGrant in the backend's namespace."
  },
  {
    "id": "RT-NO-READY",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "The backend Service has no ready endpoint.",
    "usersSee": "`503`",
    "whatToDo": "See the Service's EndpointSlices hop."
  },
  {
    "id": "RT-REGEX-INVALID",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "critical",
    "meaning": "A `RegularExpression` path, header or query parameter match is not valid RE2 syntax (lookarounds, backreferences, repeats over 1000, a missing bracket). Envoy, the data plane of most Gateway implementations, matches with RE2, and so does Hopscope's trace (linear time, whatever the pattern).",
    "usersSee": "`404` for what the match should catch",
    "whatToDo": "Write the pattern in RE2 syntax (github.com/google/re2/wiki/Syntax)."
  },
  {
    "id": "GWC-UNUSED",
    "section": "Gateway API (HTTPRoute hop)",
    "severity": "info",
    "meaning": "A GatewayClass no Gateway uses (listed on the Client hop: it is on no path).",
    "usersSee": "—",
    "whatToDo": "—"
  },
  {
    "id": "SVC-SELECTOR-NOMATCH",
    "section": "Service hop",
    "severity": "critical",
    "meaning": "The Service's selector matches no live pod in its namespace. The finding names the nearest miss: pods that carry all selector labels but one, and the value they have instead; and pods in other namespaces that would match.",
    "usersSee": "`503` through the ingress; `connection refused` in-cluster",
    "whatToDo": "Fix the selector or the pod labels (often a typo, such as `app=catalogue` for `app=catalog`)."
  },
  {
    "id": "SVC-TARGETPORT-NAMED",
    "section": "Service hop",
    "severity": "critical when no pod resolves it, warning when some do",
    "meaning": "A Service port's `targetPort` is a name that a selected pod does not declare as a `containerPort` (a name declared only with another protocol is SVC-PORT-PROTOCOL). Those pods get no endpoint for that port.",
    "usersSee": "`503` / `refused` on that Service port",
    "whatToDo": "Name the container port as the Service expects, or point `targetPort` at a name the pods declare."
  },
  {
    "id": "SVC-PORT-PROTOCOL",
    "section": "Service hop",
    "severity": "critical",
    "meaning": "A named `targetPort` exists in the pod only with another protocol (e.g. `http` declared as UDP for a TCP Service port). FindPort needs the same protocol.",
    "usersSee": "as SVC-TARGETPORT-NAMED",
    "whatToDo": "Declare the port with the Service port's protocol."
  },
  {
    "id": "SVC-SELECTOR-MULTIAPP",
    "section": "Service hop",
    "severity": "warning",
    "meaning": "The selector matches pods of more than one workload (a ReplicaSet's pods count as its Deployment); the finding shows the split.",
    "usersSee": "intermittent `404`/`500` when they are different apps (fine for a canary)",
    "whatToDo": "Make the selector specific to one app."
  },
  {
    "id": "SVC-NOSELECTOR-NOSLICES",
    "section": "Service hop",
    "severity": "critical",
    "meaning": "A Service without a selector (not ExternalName) has no EndpointSlice labelled `kubernetes.io/service-name=<name>` with an endpoint. The controller does not manage such Services.",
    "usersSee": "`503` / `refused`",
    "whatToDo": "Create the EndpointSlice with that label, or add a selector."
  },
  {
    "id": "SVC-MANUAL-SLICE-PORT",
    "section": "Service hop",
    "severity": "critical",
    "meaning": "A manual EndpointSlice of a selector-less Service has a port whose name (and protocol) matches no Service port, or an addressType outside the Service's ipFamilies. kube-proxy joins slices to Service ports by name; an unnamed port is `\"\"`.",
    "usersSee": "`refused` on that port",
    "whatToDo": "Name the slice ports as the Service ports."
  },
  {
    "id": "SVC-TARGETPORT-NUMERIC-UNDECLARED",
    "section": "Service hop",
    "severity": "info; warning when the readiness probe checks another port",
    "meaning": "A numeric `targetPort` that no selected pod declares as a `containerPort`. Declaring is optional, so this is evidence, not a failure by itself.",
    "usersSee": "if nothing listens there: `502` via the ingress, `refused` in-cluster",
    "whatToDo": "Check the app's listen port; declare it."
  },
  {
    "id": "SVC-PROBE-PORT-MISMATCH",
    "section": "Service hop",
    "severity": "warning when the readiness probe is on another container than the one serving; info when the serving container is probed on another of its ports",
    "meaning": "The readiness probe does not check the port the traffic uses (named ports resolved per container). A dedicated health port on the serving container is common and deliberate (ingress-nginx `:10254`, CoreDNS `:8181`), so Hopscope shows that as context; the catalog's warning is kept for probes on another container (sidecars), which say nothing about the server.",
    "usersSee": "the pod shows Ready while the serving port is dead: `502`, `refused`",
    "whatToDo": "Probe the serving port, or make the health endpoint reflect it."
  },
  {
    "id": "SVC-SINGLE-ENDPOINT",
    "section": "Service hop",
    "severity": "warning",
    "meaning": "A Service with a selector has exactly one ready endpoint (and no not-ready ones).",
    "usersSee": "`503` / `refused` at every restart, eviction or rollout",
    "whatToDo": "Run at least two replicas."
  },
  {
    "id": "SVC-ETP-LOCAL",
    "section": "Service hop",
    "severity": "info",
    "meaning": "`externalTrafficPolicy: Local` on a NodePort/LoadBalancer Service, and nodes without a local ready (or serving-terminating) endpoint; the finding lists them.",
    "usersSee": "external traffic to those nodes is dropped (`timeout`) unless the LB health-checks `healthCheckNodePort`",
    "whatToDo": "Spread the pods, or let the LB use the health-check node port."
  },
  {
    "id": "SVC-ITP-LOCAL",
    "section": "Service hop",
    "severity": "warning",
    "meaning": "`internalTrafficPolicy: Local`, and nodes running pods (clients) have no local ready endpoint.",
    "usersSee": "ClusterIP calls from those nodes are dropped (`timeout`)",
    "whatToDo": "Run an endpoint on every client node (DaemonSet), or use `Cluster`."
  },
  {
    "id": "SVC-AFFINITY",
    "section": "Service hop",
    "severity": "warning when an Ingress or route sends to it, else info",
    "meaning": "`sessionAffinity: ClientIP`.",
    "usersSee": "hot spots: each client (or controller pod) sticks to one endpoint for hours",
    "whatToDo": "Use the ingress controller's affinity instead."
  },
  {
    "id": "SVC-EXTERNALNAME",
    "section": "Service hop",
    "severity": "warning when the name is loopback, an IP or not a DNS name, or ports are set; else info",
    "meaning": "The Service is a DNS CNAME: no proxying, ports ignored.",
    "usersSee": "`timeout` / NXDOMAIN when the name does not resolve",
    "whatToDo": "Point `externalName` at a resolvable DNS name."
  },
  {
    "id": "SVC-TYPE",
    "section": "Service hop",
    "severity": "info",
    "meaning": "The Service is a NodePort or LoadBalancer: reachable from outside through every node.",
    "usersSee": "—",
    "whatToDo": "—"
  },
  {
    "id": "SVC-STS-HEADLESS",
    "section": "Service hop",
    "severity": "info",
    "meaning": "A StatefulSet the Service selects has no `serviceName`, or its governing Service does not exist, is not headless, or does not select its pods.",
    "usersSee": "per-pod DNS names (`<pod>.<service>`) do not resolve: NXDOMAIN for clients that use them",
    "whatToDo": "Point `serviceName` at a headless Service that selects the pods."
  },
  {
    "id": "WL-REPLICAS",
    "section": "Service hop",
    "severity": "critical when no replica is ready, else warning",
    "meaning": "A Deployment or StatefulSet whose pods the Service selects is short: ready replicas below `spec.replicas`, scaled to zero, its rollout stuck (`Progressing=False`), or its selector matches no pod.",
    "usersSee": "fewer endpoints; `503` when none are left",
    "whatToDo": "`kubectl rollout status`; see the pods' findings."
  },
  {
    "id": "WL-REPLICA-FAILURE",
    "section": "Service hop",
    "severity": "critical when the Service has no ready endpoint, else warning",
    "meaning": "A ReplicaSet whose pod template the Service selects cannot create its pods: `ReplicaFailure=True` (`FailedCreate`: a missing ServiceAccount, an exceeded quota, a refused admission); the finding quotes the condition's message. A Deployment's own condition is named when the input has no ReplicaSets. EPS-EMPTY and SVC-SELECTOR-NOMATCH name it as the cause.",
    "usersSee": "no pods, no endpoints: `503`",
    "whatToDo": "Fix what the message names (`kubectl describe rs`), e.g. create the ServiceAccount."
  },
  {
    "id": "EPS-EMPTY",
    "section": "EndpointSlices hop",
    "severity": "critical",
    "meaning": "The Service has a selector but its EndpointSlices list no endpoint. The finding says which cause applies: the selector matches no pod, the pods have no IP or have ended, or the named targetPort does not resolve.",
    "usersSee": "`503` through the ingress; `refused` in-cluster",
    "whatToDo": "Follow the cause named in the finding."
  },
  {
    "id": "EPS-NOT-READY",
    "section": "EndpointSlices hop",
    "severity": "critical when no endpoint is ready, else warning",
    "meaning": "Endpoints that are not ready (and not terminating), with the pods they belong to.",
    "usersSee": "`503` when none are ready; less capacity otherwise",
    "whatToDo": "Look at the pods' readiness (POD-NOT-READY, PRB-EVENT-*)."
  },
  {
    "id": "EPS-ONLY-TERMINATING",
    "section": "EndpointSlices hop",
    "severity": "warning",
    "meaning": "No ready endpoint, but at least one terminating endpoint still serving.",
    "usersSee": "in-cluster calls work (kube-proxy falls back to serving-terminating endpoints), ingress-nginx answers `503`",
    "whatToDo": "Look at why the new pods are not ready during the rollout."
  },
  {
    "id": "EPS-PUBLISH-NOT-READY",
    "section": "EndpointSlices hop",
    "severity": "critical while a selected pod is not ready or terminating, else warning; not raised for headless Services no route uses",
    "meaning": "`spec.publishNotReadyAddresses: true` on a Service clients reach over HTTP: every endpoint counts as ready.",
    "usersSee": "requests reach pods that cannot answer: `502` / `refused`",
    "whatToDo": "Keep it for headless peer discovery only."
  },
  {
    "id": "EPS-READINESS-GATE",
    "section": "EndpointSlices hop",
    "severity": "critical when every pod is affected, else warning",
    "meaning": "All containers of a pod are ready, but a `spec.readinessGates[]` condition is absent or not True.",
    "usersSee": "the pod never becomes a ready endpoint: `503`",
    "whatToDo": "See the controller that sets the gate (often a cloud load balancer controller)."
  },
  {
    "id": "EPS-PORT-SUBSET",
    "section": "EndpointSlices hop",
    "severity": "critical when no endpoint serves a Service port, else warning",
    "meaning": "Endpoints are listed in slices without a Service port (matched by name and protocol, as kube-proxy and the controllers do): none serve it (a named targetPort that no pod resolves, a hand-written slice with another port name), or only some (the slices differ). The hop counts only endpoints that serve every Service port as ready, not ready or terminating; the others as lacking a Service port.",
    "usersSee": "no endpoint on that port: `503` through the ingress, `refused` in-cluster; or only a subset of the pods serves it",
    "whatToDo": "See SVC-TARGETPORT-NAMED (SVC-MANUAL-SLICE-PORT for hand-written slices); usually a rollout that renamed a port."
  },
  {
    "id": "EPS-NODE-MISSING",
    "section": "EndpointSlices hop",
    "severity": "warning",
    "meaning": "A selected pod with an IP names a Node that no longer exists, so it has no endpoint (only checked when the source has Nodes).",
    "usersSee": "fewer endpoints",
    "whatToDo": "Delete the stranded pod."
  },
  {
    "id": "POD-NOT-READY",
    "section": "Pod hop",
    "severity": "warning; critical when every pod of the Service is affected",
    "meaning": "The pod runs but is not Ready, so it receives no traffic.",
    "usersSee": "fewer endpoints; `503` when none are left",
    "whatToDo": "See the probe findings on the pod for the reason."
  },
  {
    "id": "POD-CRASHLOOP",
    "section": "Pod hop",
    "severity": "critical when all pods of the Service crash-loop, else warning",
    "meaning": "A container is in `CrashLoopBackOff`; the finding gives the last termination reason and exit code.",
    "usersSee": "`503` (no ready endpoints), `502` for requests in flight",
    "whatToDo": "Read the container's previous logs (`kubectl logs --previous`)."
  },
  {
    "id": "POD-OOMKILLED",
    "section": "Pod hop",
    "severity": "critical when it repeats, else warning",
    "meaning": "A container was killed for exceeding its memory limit (`OOMKilled`, exit 137); the finding shows the limit.",
    "usersSee": "`502` (connections reset) and `503` while it restarts",
    "whatToDo": "Raise the memory limit or fix the leak."
  },
  {
    "id": "PRB-EVENT-HTTP-STATUS",
    "section": "Pod hop",
    "severity": "critical for readiness when every pod of the Service fails it, else warning",
    "meaning": "kubelet reports the probe's HTTP status (`Readiness probe failed: HTTP probe failed with statuscode: 404`). 404 means the probe path is not served by the app; 401/403 means the health path needs auth; 5xx means the app or a dependency is unhealthy.",
    "usersSee": "readiness: `503`; liveness: restarts",
    "whatToDo": "Point the probe at the path the app serves for health."
  },
  {
    "id": "PRB-READINESS-MISSING",
    "section": "Pod hop",
    "severity": "warning",
    "meaning": "The container that serves the Service's port has no readiness probe, so it gets traffic before it listens.",
    "usersSee": "`502` / `refused` at every start and rollout",
    "whatToDo": "Add a readinessProbe on the serving container."
  },
  {
    "id": "PRB-EVENT-REFUSED",
    "section": "Pod hop",
    "severity": "warning",
    "meaning": "kubelet reports `connect: connection refused` for a probe.",
    "usersSee": "readiness: fewer endpoints; liveness: restarts",
    "whatToDo": "Probe the port the app listens on; bind the app to 0.0.0.0, not 127.0.0.1; see POD-STARTUP-MISSING for slow starts."
  },
  {
    "id": "PRB-EVENT-TIMEOUT",
    "section": "Pod hop",
    "severity": "warning",
    "meaning": "kubelet reports a probe timeout (`context deadline exceeded`, `Client.Timeout exceeded while awaiting headers`, `command timed out`).",
    "usersSee": "flapping readiness: intermittent `503`/`502`; liveness kills",
    "whatToDo": "Raise `timeoutSeconds` (default 1) or find why the app is slow."
  },
  {
    "id": "PRB-EVENT-NAMEDPORT",
    "section": "Pod hop",
    "severity": "critical",
    "meaning": "kubelet cannot run a probe: `strconv.Atoi: parsing \"<name>\"`: the probe names a port its own container does not declare (probe port names resolve only in the probed container).",
    "usersSee": "the pod never becomes Ready: `503`",
    "whatToDo": "Declare the named port in that container, or use a number."
  },
  {
    "id": "PRB-PORT-UNDECLARED",
    "section": "Pod hop",
    "severity": "critical for readiness and startup probes; warning for liveness",
    "meaning": "From the pod spec, before any kubelet Event: a probe's `httpGet` or `tcpSocket` port is a name its own container does not declare (the kubelet looks probe port names up in the probed container only; another container's port of that name does not count). The kubelet cannot run the probe: a readiness or startup probe never passes, so the pod never becomes Ready; a liveness probe never runs.",
    "usersSee": "readiness/startup: no endpoint, `503`; liveness: a hung container is never restarted",
    "whatToDo": "Declare the named port in that container, or use a number."
  },
  {
    "id": "PRB-IDENTICAL",
    "section": "Pod hop",
    "severity": "warning; info when liveness tolerates failures longer than readiness",
    "meaning": "Readiness and liveness make the same check (handler, port, path; named ports resolved). With equal patience, one transient failure both removes the pod from the endpoints and restarts it. The catalog's warning is kept for equal patience; a more tolerant liveness probe (the ingress-nginx chart's) is shown as context.",
    "usersSee": "cascading `503` under load",
    "whatToDo": "Let liveness check only that the process answers."
  },
  {
    "id": "PRB-TIMING",
    "section": "Pod hop",
    "severity": "warning when the container has restarted or is not ready; info while it is ready and has not restarted",
    "meaning": "A liveness probe without a startupProbe kills the container after D + F·P seconds (initialDelaySeconds + failureThreshold × periodSeconds), less than the time its workload's pods were observed to take to become Ready (p90 over the workload's pods of Ready − container start). Hopscope keeps that one number per pod when it reads the pod. The finding says how likely a kill loop is from what the container shows: ready without a restart, its liveness probe passed in time and a kill loop is unlikely.",
    "usersSee": "kill loop on slow starts (`CrashLoopBackOff`, `503`)",
    "whatToDo": "Add a startupProbe, or raise the liveness budget."
  },
  {
    "id": "POD-STARTUP-MISSING",
    "section": "Pod hop",
    "severity": "warning; info when only the workload's startup says so and the container is ready and has not restarted",
    "meaning": "A container has a liveness probe and no startupProbe, and either the kubelet killed it for liveness before it was ever Ready, or its workload starts slower than the liveness budget (then, as PRB-TIMING, the finding says how likely a restart loop is from the container's readiness and restarts).",
    "usersSee": "restart loop: `503`",
    "whatToDo": "Add a startupProbe whose failureThreshold × periodSeconds covers the slowest start."
  },
  {
    "id": "POD-PENDING",
    "section": "Pod hop",
    "severity": "critical when no pod of the Service runs, else warning",
    "meaning": "The pod is not scheduled (`PodScheduled=False`: `Unschedulable`, `SchedulingGated`), or its containers stay in `ContainerCreating` with `FailedMount` / `FailedAttachVolume` / `FailedCreatePodSandBox` events.",
    "usersSee": "no endpoints: `503`",
    "whatToDo": "Read the reason: resources, taints, affinity, a missing volume or ConfigMap."
  },
  {
    "id": "POD-GRACEFUL-SHUTDOWN",
    "section": "Pod hop",
    "severity": "warning for pods behind an Ingress or route; info for pods behind a Service only",
    "meaning": "A container has no `lifecycle.preStop` (exec `sleep N` or the `sleep` action), or its preStop sleeps as long as `terminationGracePeriodSeconds` (default 30; the countdown starts before preStop). During rollouts the endpoint removal reaches the ingress controller and kube-proxy after SIGTERM. The catalog says warning for both; in-cluster callers are shown as context to keep every pod of a cluster from warning.",
    "usersSee": "bursts of `502` / `refused` during rollouts and scale-down",
    "whatToDo": "Add a preStop sleep of 5-10 s, shorter than the grace period."
  },
  {
    "id": "POD-EVICTED",
    "section": "Pod hop",
    "severity": "info",
    "meaning": "Pods of the Service were evicted (`status.reason: Evicted`). They have ended and are not drawn, so the Service's EndpointSlices hop carries the finding.",
    "usersSee": "—",
    "whatToDo": "Look at node pressure (memory, disk)."
  },
  {
    "id": "NP-INGRESS-CTRL-BLOCKED",
    "section": "NetworkPolicy on the path",
    "severity": "critical when every backend pod is blocked, else warning",
    "meaning": "A policy isolates the backend pods (or the controller's egress) and no rule admits the controller pods on the pod's port.",
    "usersSee": "`504` through the ingress (connect timeout, retried)",
    "whatToDo": "Allow the controller's namespace/pods on the container port in the backend's policy (and in the controller's egress policy)."
  },
  {
    "id": "NP-PORT-IS-SVC-PORT",
    "section": "NetworkPolicy on the path",
    "severity": "critical",
    "meaning": "The policy admits the controller on the Service `port` (e.g. 80) but the pods listen on another `targetPort` (e.g. 8080). Policies see the port after DNAT.",
    "usersSee": "`504`",
    "whatToDo": "Allow the container port (number or name), not the Service port."
  },
  {
    "id": "NP-HOSTNET-CONTROLLER",
    "section": "NetworkPolicy on the path",
    "severity": "critical (CNI-dependent)",
    "meaning": "The controller runs with `hostNetwork: true`, so its traffic comes from the node's IP, and the policy admits it only by pod or namespace selector.",
    "usersSee": "`504`",
    "whatToDo": "Add an `ipBlock` for the nodes' addresses."
  },
  {
    "id": "NP-PEER-DANGLING",
    "section": "NetworkPolicy on the path",
    "severity": "warning; critical when it was the only allow on a blocked path",
    "meaning": "An allow peer (namespaceSelector / podSelector) of a policy that isolates the backend pods matches nothing: usually a label typo.",
    "usersSee": "the traffic it meant to allow times out",
    "whatToDo": "Fix the selector (`kubectl get namespaces --show-labels`)."
  },
  {
    "id": "NP-DNS-EGRESS",
    "section": "NetworkPolicy on the path",
    "severity": "critical",
    "meaning": "Backend pods are egress-isolated and may not reach cluster DNS (`kube-system`, `k8s-app=kube-dns`) on UDP **and** TCP 53.",
    "usersSee": "lookups time out (5 s each), then `502`/`504`; with UDP only, large answers fail",
    "whatToDo": "Allow UDP and TCP 53 to the DNS pods."
  },
  {
    "id": "NP-SELECTS-ALL",
    "section": "NetworkPolicy on the path",
    "severity": "info",
    "meaning": "A policy with an empty podSelector selects every pod of the namespace: the finding says whether it is a default deny, an allow-all or rules for every pod.",
    "usersSee": "context for NP-INGRESS-CTRL-BLOCKED",
    "whatToDo": "—"
  },
  {
    "id": "NP-NO-TARGET",
    "section": "NetworkPolicy on the path",
    "severity": "info",
    "meaning": "A NetworkPolicy whose podSelector selects no pod (inert, often a label typo). It is on no request path, so it is listed on the Client hop.",
    "usersSee": "—",
    "whatToDo": "Fix the podSelector or delete the policy."
  },
  {
    "id": "NP-UNISOLATED",
    "section": "NetworkPolicy on the path",
    "severity": "info",
    "meaning": "Pods behind Ingresses and routes that no NetworkPolicy selects. A security note, not a failure cause: one line on the Client hop, not a badge on every pod.",
    "usersSee": "—",
    "whatToDo": "Add a default-deny and allow rules, if the cluster should be segmented."
  },
  {
    "id": "DNS-CLUSTER-DNS-DOWN",
    "section": "Cluster DNS and kube-proxy",
    "severity": "critical with no ready DNS endpoint; warning when only some DNS pods are down (the catalog says critical for both; with replicas answering, lookups still work)",
    "meaning": "The cluster DNS Service has no ready endpoint, or its pods (`k8s-app=kube-dns`) are not Ready.",
    "usersSee": "every in-cluster lookup fails or times out, then `502`/`504` between services",
    "whatToDo": "Fix CoreDNS (its logs, its config, its NetworkPolicies)."
  },
  {
    "id": "DNS-HEADLESS-UNREADY",
    "section": "Cluster DNS and kube-proxy",
    "severity": "critical",
    "meaning": "A headless Service (`clusterIP: None`) has endpoints, none ready, and does not publish not-ready addresses.",
    "usersSee": "its name resolves to nothing",
    "whatToDo": "See why its pods are not ready."
  },
  {
    "id": "DNS-NDOTS",
    "section": "Cluster DNS and kube-proxy",
    "severity": "info",
    "meaning": "Pods behind Ingresses and routes use the default `ndots:5` (no `dnsConfig.options` ndots): each external name with fewer dots first tries every search domain. One line on the Client hop, not one per pod.",
    "usersSee": "latency, extra load on CoreDNS",
    "whatToDo": "Set `ndots` (e.g. 2) or use fully qualified names."
  },
  {
    "id": "KP-MODE",
    "section": "Cluster DNS and kube-proxy",
    "severity": "info",
    "meaning": "kube-proxy's mode from its ConfigMap (`mode:`; empty is iptables), and what it means for the symptoms.",
    "usersSee": "—",
    "whatToDo": "—"
  },
  {
    "id": "KP-BYPASS",
    "section": "Cluster DNS and kube-proxy",
    "severity": "info",
    "meaning": "The cluster's ingress controllers (and Gateway implementations) send to pod IPs, so kube-proxy's mode, sessionAffinity and internalTrafficPolicy do not apply on those hops.",
    "usersSee": "—",
    "whatToDo": "—"
  },
  {
    "id": "KP-NOT-RUNNING",
    "section": "Cluster DNS and kube-proxy",
    "severity": "critical",
    "meaning": "kube-proxy pods exist, but none is Ready on some nodes that run pods.",
    "usersSee": "ClusterIP calls from those nodes time out",
    "whatToDo": "Fix kube-proxy on those nodes."
  },
  {
    "id": "MET-5XX-RATIO",
    "section": "Measured by Prometheus",
    "severity": "critical at 10 % of the requests",
    "meaning": "The share of 5xx answers on a route → Service edge over the window.",
    "usersSee": "5xx",
    "whatToDo": "Look at the findings of the Service and pods behind the edge."
  },
  {
    "id": "MET-4XX-RATIO",
    "section": "Measured by Prometheus",
    "severity": "warning at 10 %, critical at 20 %",
    "meaning": "The share of 4xx answers on a route → Service edge.",
    "usersSee": "404 / 401 / 403",
    "whatToDo": "Check the route's paths and the app's own routes."
  },
  {
    "id": "MET-LATENCY",
    "section": "Measured by Prometheus",
    "severity": "warning above 1 s",
    "meaning": "The edge's p95 latency (Envoy's and Istio's milliseconds converted).",
    "usersSee": "slow pages, client timeouts",
    "whatToDo": "See whether the pods are saturated or a dependency is slow."
  },
  {
    "id": "MET-RESTARTS",
    "section": "Measured by Prometheus",
    "severity": "warning",
    "meaning": "A pod's containers restarted in the window (kube-state-metrics).",
    "usersSee": "502 for requests in flight, fewer endpoints",
    "whatToDo": "Read the previous logs; see POD-CRASHLOOP / POD-OOMKILLED."
  },
  {
    "id": "MET-PROBE-FAILURES",
    "section": "Measured by Prometheus",
    "severity": "warning",
    "meaning": "A pod's readiness probe failed in the window (the kubelet's `prober_probe_total`). The finding says what the pod shows: ready now, it flaps in and out of the endpoints; not ready, the probe keeps failing and it stays out.",
    "usersSee": "intermittent 503 (flapping); fewer endpoints (not ready)",
    "whatToDo": "See PRB-EVENT-* for why."
  },
  {
    "id": "MET-KP-SYNC-STUCK",
    "section": "Measured by Prometheus",
    "severity": "critical",
    "meaning": "A kube-proxy has a requested sync that has not completed for over 2 minutes (kube-proxy's own health rule; not merely \"no sync lately\", which is normal in a quiet cluster).",
    "usersSee": "ClusterIP calls use stale rules",
    "whatToDo": "Look at kube-proxy on those nodes."
  },
  {
    "id": "MET-DNS-SERVFAIL",
    "section": "Measured by Prometheus",
    "severity": "warning at 1 %, critical at 10 %",
    "meaning": "The share of CoreDNS answers that were SERVFAIL (NXDOMAIN is normal noise from search paths).",
    "usersSee": "lookups fail: 502/504 between services",
    "whatToDo": "Check CoreDNS's upstream resolvers and plugins."
  }
];
