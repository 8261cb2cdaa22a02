/**
 * Which workbooks of the shared corpus hold indicators against targets, kept by hand with the reason
 * (from reading the cells, not from the tool). "Against targets" means a table of indicators where
 * each row (or block) carries a target, so a reader with zero configuration should find it, even
 * when the figures are not yet in (statuses NO_DATA). Workbooks without targets are the controls for
 * invented ratings: nothing on them may be rated GREEN, AMBER, RED or BLUE.
 * Keys are paths relative to the shared corpus folder.
 */
export interface TargetsEntry {
  targets: boolean;
  why: string;
}

export const WITH_TARGETS: Record<string, TargetsEntry> = {
  'hartdc_kpi_tiles_2014.xlsx': {
    targets: true,
    why: 'one KPI per row with previous, current and target columns and the council own status words',
  },
  'mcc_kpis.xlsx': { targets: true, why: 'register: kpi, baseline, target, actual, percent per row' },
  'tra_corporate_plan_kpis.xlsx': {
    targets: true,
    why: 'KPI register with baseline and five yearly targets and a direction column; no actuals yet, so every indicator is NO_DATA, but the table is one to find',
  },
  'parthpatil_BalancedScorecard_FINAL.xlsx': {
    targets: true,
    why: 'balanced scorecard with Act and Plan (the target) per measure and month',
  },
  'spcreporter_example_data.xlsx': {
    targets: false,
    why: 'measure series only; the targets live in a separate measure_config.xlsx that is not in the corpus',
  },
  'noolawoyin_KPI_Dashboard.xlsx': {
    targets: false,
    why: 'monthly figures and a card sheet whose only yardsticks are external benchmarks ("benchmark: >110%"), comparators in SCORING.md terms, and whose formulas have no cached values',
  },
  'simononebyte_Scorecard.xlsx': { targets: false, why: 'weekly ticket counts per team; no target anywhere' },
  'tbs_infobase_indicators_2018.xlsx': {
    targets: true,
    why: 'register of departmental results indicators with target_min/target_max and (drr16) the actual result',
  },
  'mshs_bsc_overtime_metrics_final_df.xlsx': {
    targets: true,
    why: 'register: value_rounded against Target with the author own Status words',
  },
  'unhcr_iati_result_2022.xlsx': {
    targets: true,
    why: 'IATI results register: baseline, target value and actual value per indicator row, ascending flag',
  },
  'unhcr_iati_result_2019.xlsx': {
    targets: true,
    why: 'IATI results register: target value and actual value per indicator row',
  },
  'phs_dementia_pds_excel_template.xlsx': {
    targets: false,
    why: 'statistical tables; the LDP standard is described in the notes, no target column, and every figure is an error or "-"',
  },
  'ncdpi_DIM_TablesForTableau.xlsx': {
    targets: true,
    why: 'long format: one row per measure and year, ActualValue for 2024-25 and TargetValue for 2026-30',
  },
  'sapporoalex_recruitment_KPI.xlsx': {
    targets: true,
    why: 'weekly sheets pair each metric with its Target column (ICI / ICI Target ...)',
  },
  'habitare_homes_tsm_return_2024.xlsm': {
    targets: false,
    why: 'regulatory return of tenant satisfaction measures: values, numerators, denominators; no targets, no ratings',
  },
  'uod_league_table_metrics.xlsx': {
    targets: false,
    why: 'league-table metrics with sector benchmarks (comparators) and the university own score; no targets',
  },
  'perfteam10_channel_targets_KPI.xlsx': {
    targets: false,
    why: 'three sales channels with target cost, revenue and ROAS only: a plan, no figure measured against it, so nothing is an indicator to rate',
  },
  'from-project/workbooks/hart-dc-kpis-2014-q1.xlsx': {
    targets: true,
    why: 'Hart DC KPI register: previous, current, target and the council status words',
  },
  'from-project/workbooks/lgbf-stirling-quarterly.xlsx': {
    targets: false,
    why: 'benchmarking time series by quarter; no targets, no direction key',
  },
  'from-project/workbooks/nhs-england-ae-by-provider-2025-06.xlsx': {
    targets: false,
    why: 'statistical tables by provider; the 95% standard is not stated on the sheets',
  },
  'from-project/workbooks/oflog-asc-trafford.xlsx': {
    targets: false,
    why: 'outcome measures by financial year; no targets, no direction key',
  },
  'from-project/workbooks/trafford-corporate-plan.xlsx': {
    targets: false,
    why: 'corporate plan indicators by financial year; no targets, no direction key',
  },
};
