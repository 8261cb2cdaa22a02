/**
 * Every layout as a reading of the one table model, in precedence order (readings/precedence.ts): each
 * entry runs its layout's reader over the cells no earlier reading took, and the reader proposes
 * its candidate readings to the chooser (readings/choose.ts), which builds the ones it keeps.
 */
import type { TableMapping } from '../state/types';
import { detectRoleRows } from './act-plan-rows';
import { detectCards } from './cards';
import type { DetectContext } from './draft';
import { detectIndicatorsAcross } from './indicators-across';
import { detectLongFormat } from './long-format';
import { detectMappings } from './mapped';
import { detectMetricBlocks } from './metric-blocks';
import { detectMetricsAcross } from './metrics-across';
import { detectRegisters } from './register';
import type { ReadingName } from './readings/types';
import { detectTiles } from './tiles';
import { detectLabelCards } from './label-cards';

export interface LayoutReading {
  name: ReadingName;
  /** Read the sheet's cells not yet taken, proposing each table found (the user's mappings: as mapped). */
  read: (ctx: DetectContext, mappings: readonly TableMapping[]) => void;
}

export const LAYOUT_READINGS: readonly LayoutReading[] = [
  { name: 'mapping', read: detectMappings },
  { name: 'card', read: detectCards },
  { name: 'metric-block', read: detectMetricBlocks },
  { name: 'metrics-across', read: detectMetricsAcross },
  { name: 'role-rows', read: detectRoleRows },
  { name: 'long-format', read: detectLongFormat },
  { name: 'indicators-across', read: detectIndicatorsAcross },
  { name: 'register', read: detectRegisters },
  { name: 'tile', read: detectTiles },
  { name: 'label-card', read: detectLabelCards },
];
