/**
 * a11y.axe_violations: axe (WCAG 2.2 A/AA) violations over every pane view in light, dark, forced
 * colours and 200% zoom, in headless Chromium over dist/ (as tests/e2e/a11y.test.ts checks them).
 * a11y.summary_issues: our summary checker's issues over the summaries of every example workbook.
 * Both should be 0.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkSummaryAccessibility } from '../../src/core/summary/accessibility-check';
import { buildSummary } from '../../src/core/summary/build';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { launch } from '../../tests/e2e/support/browser';
import { checkEveryView } from '../../tests/e2e/support/a11y-views';
import { serveDir } from '../../tests/e2e/support/static-server';
import { build } from './bundle';

async function summaryIssues(root: string): Promise<{ issues: number; summaries: number }> {
  const dir = path.join(root, 'examples');
  let issues = 0;
  let summaries = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx') && !f.includes('.scored.'))) {
    const wb = await openWorkbook(fs.readFileSync(path.join(dir, file)));
    const scored = scoreWorkbook(wb, { scoredAt: new Date() });
    for (const r of scored.results.filter((x) => x.indicators.length > 0)) {
      issues += checkSummaryAccessibility(buildSummary(r, scored.rules, new Date())).length;
      summaries++;
    }
  }
  return { issues, summaries };
}

export async function benchA11y(root: string): Promise<Record<string, number>> {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) build(root);
  const server = await serveDir(dist);
  const browser = await launch();
  let axe = 0;
  let checks = 0;
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Open workbook' }).waitFor();
    const run = await checkEveryView(page, path.join(root, 'examples', 'mixed.xlsx'));
    // Cut-off lines are layout checks, not axe's: only axe's rules count here.
    axe = run.problems.filter((p) => !/: cut off /.test(p)).length;
    checks = run.checks;
    for (const p of run.problems) process.stderr.write(`a11y: ${p}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = await summaryIssues(root);
  return {
    'a11y.axe_violations': axe,
    'a11y.axe_view_mode_checks': checks,
    'a11y.summary_issues': summary.issues,
    'a11y.summaries_checked': summary.summaries,
  };
}
