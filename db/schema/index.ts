export * from "./core";
export * from "./audit";
export * from "./hotline";
export * from "./rooms";
