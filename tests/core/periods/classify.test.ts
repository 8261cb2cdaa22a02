import { classifyHeader, classifyHeaderRow, comparatorKind, looksLikeArea } from '../../../src/core/periods';
import { cell, textRow } from './helpers';

describe('classifyHeader', () => {
  it.each([
    ['Apr-16', 'period'],
    ['September', 'period'],
    ['Q2 2020/21', 'period'],
    ['2020/21', 'period'],
    ['Prev. 6 months cumulative', 'baseline'],
    ['6 month average', 'baseline'],
    ['EAST', 'area'],
    ['NWC', 'area'],
    ['SOUTH', 'area'],
    ['MASH', 'area'],
    ['North', 'area'],
    ['Area 1', 'area'],
    ['Locality B', 'area'],
    ['ST HELENS', 'area'],
    ['National average', 'comparator'],
    ['National average per 10K', 'comparator'],
    ['National Average', 'comparator'],
    ['Statistical neighbours', 'comparator'],
    ['Stat neighbours', 'comparator'],
    ['SN average', 'comparator'],
    ['England', 'comparator'],
    ['North West', 'comparator'],
    ['Target', 'other'],
    ['TARGET', 'other'],
    ['RAG', 'other'],
    ['Rag Status', 'other'],
    ['Measure', 'other'],
    ['Q2 Actual', 'other'],
    ['Outturn', 'other'],
    ['Performance Measure (Indicator)', 'other'],
    ['', 'other'],
    ['N/A', 'other'],
  ])('%s -> %s', (text, expected) => {
    expect(classifyHeader(cell(text))).toBe(expected);
  });

  it('classifies real dates and plain numbers', () => {
    expect(classifyHeader(cell(42461, 'mmm-yy', 'Apr-16'))).toBe('period');
    expect(classifyHeader(cell(42, 'General', '42'))).toBe('other');
    expect(classifyHeader(cell(false))).toBe('other');
  });

  it('names comparator kinds for the model', () => {
    expect(comparatorKind('National average per 10K')).toBe('national');
    expect(comparatorKind('England')).toBe('national');
    expect(comparatorKind('Statistical neighbours')).toBe('neighbours');
    expect(comparatorKind('SN average')).toBe('neighbours');
    expect(comparatorKind('North West')).toBe('other');
    expect(comparatorKind('EAST')).toBeNull();
    expect(looksLikeArea('RED')).toBe(false);
    expect(looksLikeArea('KPI')).toBe(false);
  });
});

describe('classifyHeaderRow', () => {
  it('seed 001: periods, then areas', () => {
    expect(classifyHeaderRow(textRow('', 'Mar-15', 'May-15', 'EAST', 'NWC', 'SOUTH', 'MASH'))).toEqual([
      'other',
      'period',
      'period',
      'area',
      'area',
      'area',
      'area',
    ]);
    expect(classifyHeaderRow(textRow('', 'Prev. 6 months average', 'Apr-16', 'EAST', 'NWC', 'SOUTH'))).toEqual([
      'other',
      'baseline',
      'period',
      'area',
      'area',
      'area',
    ]);
  });

  it('seed 004: capitals before the periods are not areas', () => {
    expect(classifyHeaderRow(textRow('KPI', 'CODE', 'September', 'October', 'RAG'))).toEqual([
      'other',
      'other',
      'period',
      'period',
      'other',
    ]);
    expect(classifyHeaderRow(textRow('DCSC', 'Apr-16'))).toEqual(['other', 'period']);
    expect(classifyHeaderRow(textRow('EAST', 'NWC'))).toEqual(['other', 'other']);
  });
});
