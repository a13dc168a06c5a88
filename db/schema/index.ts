export * from "./core";
export * from "./audit";
