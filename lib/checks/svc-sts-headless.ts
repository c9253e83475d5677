import { evidence, field } from './evidence';
import { workloadName, workloadsBehind } from './workloads';
import { defineCheck } from './types';

export const svcStsHeadless = defineCheck({
  id: 'SVC-STS-HEADLESS',
  hop: 'service',
  title: 'StatefulSet governing Service is wrong',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    if (!service) return [];
    return workloadsBehind(ctx.state, service, ['StatefulSet'])
      .flatMap((sts) => {
        const name = sts.spec.serviceName;
        const governing = name ? ctx.state.get('Service', sts.metadata.namespace, name) : undefined;
        const selects = governing && Object.entries(governing.spec.selector ?? {}).every(([k, v]) => sts.spec.templateLabels?.[k] === v) && Object.keys(governing.spec.selector ?? {}).length > 0;
        const problem = !name
          ? 'has no serviceName'
          : !governing
            ? `names serviceName ${name}, which does not exist`
            : governing.spec.clusterIP !== 'None'
              ? `names serviceName ${name}, which is not headless (clusterIP ${governing.spec.clusterIP ?? '?'})`
              : !selects
                ? `names serviceName ${name}, whose selector does not match the StatefulSet's pods`
                : null;
        if (!problem) return [];
        return [
          {
            severity: 'info' as const,
            message: `${workloadName(sts)} ${problem}: per-pod DNS names (<pod>.${name ?? '<service>'}.${sts.metadata.namespace}.svc) do not resolve; clients that use them get NXDOMAIN.`,
            evidence: evidence({ fields: [field(sts, 'spec.serviceName', name)], kubectl: [`kubectl get statefulset ${sts.metadata.name} -n ${sts.metadata.namespace} -o jsonpath='{.spec.serviceName}'`] }),
          },
        ];
      });
  },
});
