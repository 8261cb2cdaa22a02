/** Types for scripts/excel-api-sets.js (a CommonJS script so it also runs with plain node). */
export function parseExcelApiSets(text: string): Record<string, string>;
export function excelApiSets(dtsPath?: string): Record<string, string>;
export function compareVersions(a: string, b: string): number;
