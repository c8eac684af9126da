/**
 * `@missive-ts/client/operations`: the operation table and catalogue without the client, so a
 * CLI's `--help` or an MCP server's tool list loads neither openapi-fetch nor the transport.
 */
export { type OperationEntry, operationTable } from "./generated/operations.js";
export { type CatalogueOperation, operationCatalogue } from "./operation-catalogue.js";
