/** The notice bar, loaded with the score details (Fluent's MessageBar is not needed for the first paint). */
import { lazy } from 'react';

export const NoticeBar = lazy(() =>
  import(/* webpackChunkName: "score-details" */ './NoticeBar').then((m) => ({ default: m.NoticeBar })),
);
