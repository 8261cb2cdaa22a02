/**
 * Presets by the names a council officer uses. The ids ("seed-001") stay in rules files and the
 * workbook; people see these titles.
 */
import { isPresetName, type PresetName } from './presets';

const TITLES: Record<PresetName, string> = {
  'seed-001': 'Council default (5% tolerance)',
  brag: 'BRAG (Blue for exceeding target)',
  'tolerance-on-track': 'Within tolerance is on track',
  'amber-if-improving': 'Amber only when improving',
};

/** The title of a preset; a rule set's own preset name that is not ours is shown as written. */
export function presetTitle(name: string): string {
  return isPresetName(name) ? TITLES[name] : name;
}
