/**
 * The Office.js members without undo support, as data. Source: Microsoft's page "Undo capabilities
 * with the Excel JavaScript API" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities,
 * ms.date 05/15/2025), table "Unsupported APIs". Each entry says whether undo IS supported on
 * Excel on the web and on Excel on Windows and Mac. Inside Excel.run({ mergeUndoGroup: true }) a
 * member without undo support fails with UndoNotSupported ("the operation can't be grouped");
 * outside a group it clears the user's undo stack from that call on.
 * Only the members a Scorelight path could reach are worth a line, but the whole table is kept so
 * a new call cannot slip past the fake.
 */
export interface NoUndoEntry {
  member: string;
  web: boolean;
  desktop: boolean;
}

const both = (member: string): NoUndoEntry => ({ member, web: false, desktop: false });
const notWeb = (member: string): NoUndoEntry => ({ member, web: false, desktop: true });
const notDesktop = (member: string): NoUndoEntry => ({ member, web: true, desktop: false });

export const NO_UNDO_SOURCE =
  'Microsoft Learn, "Undo capabilities with the Excel JavaScript API", Unsupported APIs (ms.date 05/15/2025)';

export const NO_UNDO_APIS: readonly NoUndoEntry[] = [
  ...[
    'AllowEditRange.address',
    'AllowEditRange.delete',
    'AllowEditRange.pauseProtection',
    'AllowEditRange.setPassword',
    'AllowEditRange.title',
    'AllowEditRangeCollection.add',
    'AllowEditRangeCollection.pauseProtection',
    'Chart.categoryLabelLevel',
    'Chart.seriesNameLevel',
    'DataConnectionCollection.refreshAll',
    'LinkedWorkbook.refresh',
    'LinkedWorkbookCollection.refreshAll',
    'Workbook.close',
    'Workbook.insertWorksheetsFromBase64',
    'Workbook.save',
    'WorkbookProtection.protect',
    'WorkbookProtection.unprotect',
    'Worksheet.copy',
    'Worksheet.delete',
    'WorksheetCollection.addFromBase64',
    'WorksheetProtection.pauseProtection',
    'WorksheetProtection.protect',
    'WorksheetProtection.resumeProtection',
    'WorksheetProtection.setPassword',
    'WorksheetProtection.unprotect',
    'WorksheetProtection.updateOptions',
  ].map(both),
  ...[
    'ChartPivotOptions.showAxisFieldButtons',
    'ChartPivotOptions.showLegendFieldButtons',
    'ChartPivotOptions.showReportFilterFieldButtons',
    'ChartPivotOptions.showValueFieldButtons',
    'ChartTrendlineLabel.formula',
    'DocumentProperties.author',
    'DocumentProperties.category',
    'DocumentProperties.comments',
    'DocumentProperties.company',
    'DocumentProperties.keywords',
    'DocumentProperties.manager',
    'DocumentProperties.revisionNumber',
    'DocumentProperties.subject',
    'DocumentProperties.title',
    'NamedItem.comment',
    'PivotTableStyle.delete',
    'PivotTableStyle.duplicate',
    'PivotTableStyle.name',
    'PivotTableStyleCollection.add',
    'PivotTableStyleCollection.setDefault',
    'Query.delete',
    'Query.refresh',
    'QueryCollection.refreshAll',
    'Slicer.name',
    'Slicer.nameInFormula',
    'SlicerStyle.delete',
    'SlicerStyle.duplicate',
    'SlicerStyle.name',
    'SlicerStyleCollection.add',
    'SlicerStyleCollection.setDefault',
    ...[
      'addIndent',
      'autoIndent',
      'formulaHidden',
      'horizontalAlignment',
      'includeAlignment',
      'includeBorder',
      'includeFont',
      'includeNumber',
      'includePatterns',
      'includeProtection',
      'indentLevel',
      'locked',
      'numberFormat',
      'numberFormatLocal',
      'orientation',
      'readingOrder',
      'shrinkToFit',
      'textOrientation',
      'verticalAlignment',
      'wrapText',
    ].map((m) => `Style.${m}`),
    'TableStyle.delete',
    'TableStyle.duplicate',
    'TableStyle.name',
    'TableStyleCollection.add',
    'TableStyleCollection.setDefault',
    'TimelineStyle.delete',
    'TimelineStyle.duplicate',
    'TimelineStyle.name',
    'TimelineStyleCollection.add',
    'TimelineStyleCollection.setDefault',
    'Worksheet.standardWidth',
  ].map(notWeb),
  ...['Worksheet.name', 'Worksheet.position', 'Worksheet.visibility'].map(notDesktop),
];

/** Which Excel the fake plays for undo: the web, Windows/Mac, or the strictest of both (default). */
export type UndoHost = 'web' | 'desktop' | 'both';

/** Does this member lack undo support on this host? */
export function lacksUndo(member: string, host: UndoHost): boolean {
  const e = NO_UNDO_APIS.find((x) => x.member === member);
  if (!e) return false;
  if (host === 'web') return !e.web;
  if (host === 'desktop') return !e.desktop;
  return !e.web || !e.desktop;
}
