/** The command that dumps what Hopscope reads from a cluster (add the Gateway API kinds where their CRDs exist). */
export const CAPTURE_COMMAND = 'kubectl get namespaces,nodes,pods,services,endpointslices,ingresses,ingressclasses,networkpolicies,deployments,statefulsets,events -A -o json > cluster.json';
