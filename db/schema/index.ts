export * from "./core";
export * from "./audit";
export * from "./hotline";
export * from "./rooms";
export * from "./care";
export * from "./mediation";
export * from "./activities";
export * from "./appointments";
