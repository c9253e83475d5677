// `kubectl` commands that show the same facts as a finding's evidence, for copy and paste.

const RESOURCE: Record<string, string> = {
  Pod: 'pod',
  Service: 'service',
  EndpointSlice: 'endpointslices',
  Ingress: 'ingress',
  IngressClass: 'ingressclass',
  NetworkPolicy: 'networkpolicy',
  HTTPRoute: 'httproute',
  Gateway: 'gateway',
};

function resource(kind: string): string {
  return RESOURCE[kind] ?? kind.toLowerCase();
}

function nsFlag(namespace: string | undefined): string {
  return namespace ? ` -n ${namespace}` : '';
}

export function kubectlGet(kind: string, namespace: string | undefined, name: string, jsonpath?: string): string {
  const output = jsonpath ? ` -o jsonpath='${jsonpath}'` : ' -o yaml';
  return `kubectl get ${resource(kind)} ${name}${nsFlag(namespace)}${output}`;
}

export function kubectlDescribe(kind: string, namespace: string | undefined, name: string): string {
  return `kubectl describe ${resource(kind)} ${name}${nsFlag(namespace)}`;
}

export function kubectlSlicesOf(namespace: string, service: string): string {
  return `kubectl get endpointslices -n ${namespace} -l kubernetes.io/service-name=${service} -o wide`;
}

export function kubectlPodsWithLabels(namespace: string, labels: Record<string, string>): string {
  const selector = Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `kubectl get pods -n ${namespace} -l ${selector} --show-labels`;
}

export function kubectlEventsFor(namespace: string | undefined, kind: string, name: string): string {
  return `kubectl get events${nsFlag(namespace)} --field-selector involvedObject.kind=${kind},involvedObject.name=${name}`;
}
