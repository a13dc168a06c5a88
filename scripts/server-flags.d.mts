/** scripts/server-flags.mjs: Node flags of the production server. */
export declare const SERVER_NODE_FLAGS: string[];
