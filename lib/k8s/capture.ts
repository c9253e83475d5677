/** The command that dumps what Hopscope reads from a cluster, for the demo banner and the CLI's help. */
export const CAPTURE_COMMAND = 'npx hopscope capture -o cluster.json';
