/** The engine's public surface: what hosts, the pane and the CLI import. */
export * from './model';
export * from './snapshot';
export * from './a1';
export type { SheetResult } from './pipeline';
export { scoreSheet } from './pipeline';
export type * from './rules/types';
export type * from './plan/types';
export type * from './state/types';
export { STATE_SHEET_NAME } from './state/types';
export type * from './detect/types';
export type * from './host';
export { defaultRules, presetRules } from './rules/presets';
export { rulesFromJson, rulesToJson } from './rules/json';
