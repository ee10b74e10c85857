export { configSchema, backendConfigSchema, type FleetConfig, type BackendConfig } from "./schema";
export { loadConfig, ENV_VARS, type LoadConfigOptions } from "./load";
export { configDefault, envVarFor } from "./defaults";
export * from "./flags";
