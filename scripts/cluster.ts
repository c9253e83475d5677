// `npm run cluster`: a real control plane on 127.0.0.1 to work against by hand, until Ctrl-C.
import { startControlPlane } from '../test/cluster/control-plane';

const cp = await startControlPlane();
console.log(`kube-apiserver ${cp.server} is ready.\n  KUBECONFIG=${cp.kubeconfig}\nCtrl-C stops it and deletes its data.`);
const stop = () => void cp.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
