/**
 * Fluent inputs size to the native input's intrinsic width (about 20 characters), wider than half a
 * 320 px pane; this lets them fill, and shrink to, their grid cell instead.
 */
import { makeStyles } from '@fluentui/react-components';

export const useFitStyles = makeStyles({
  fill: { width: '100%', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
});
