/** Starts the browser preview: loads the ExcelJS-backed host (its own chunk) and renders the preview. */
import type { Root } from 'react-dom/client';
import type { RulesKit } from '../taskpane/rules-kit';
import { PreviewApp } from './PreviewApp';

export async function startPreview(root: Root, kit: RulesKit): Promise<void> {
  const { createPreviewHost } = await import(/* webpackChunkName: "preview-host" */ '../xlsx/preview-host');
  root.render(<PreviewApp host={createPreviewHost()} kit={kit} />);
}
