/**
 * The one table model (src/core/detect/readings/): every layout is a reading that proposes its
 * tables with evidence; one chooser keeps the best-evidenced reading of a region (the user's
 * mapping always), and the readings kept report what their evidence found.
 */
import { detectSheet } from '../../../src/core/detect';
import { chooseReadings, proposeReading, scoreReading } from '../../../src/core/detect/readings/choose';
import { namesOwnRow, namesRepeat } from '../../../src/core/detect/readings/evidence';
import { prior } from '../../../src/core/detect/readings/precedence';
import { parseMapSpec } from '../../../src/core/detect/map-spec';
import { buildSnapshot } from '../../helpers/snapshot-builder';

const region = { r0: 0, c0: 0, r1: 6, c1: 3 };

describe('the reading chooser', () => {
  it('keeps the better-evidenced of two readings of one region, whatever order they come in', () => {
    // Seven rows under one header: two names of three periods each, and one name on its own.
    const sizes = [3, 3, 1];
    const long = proposeReading('long-format', region, [namesRepeat(sizes)]);
    const register = proposeReading('register', region, [namesOwnRow(sizes)]);
    expect(long.evidence[0].found).toBe('6 of 7 rows share their name with a row of another period (3 names)');
    expect(register.evidence[0].found).toBe('1 of 7 rows have a name no other row has');
    expect(chooseReadings([register, long])).toEqual([long]);
    expect(chooseReadings([long, register])).toEqual([long]);
  });

  it('lets clearly stronger evidence outweigh precedence: a register of names each on its own row', () => {
    // Six rows, one name twice: as long format, 2 of 6 rows in a series; as a register, 4 of 6 alone.
    const sizes = [2, 1, 1, 1, 1];
    const long = proposeReading('long-format', region, [namesRepeat(sizes)]);
    const register = proposeReading('register', region, [namesOwnRow(sizes)]);
    // Long format's precedence (0.2 above a register) does not make up the difference in fit.
    expect(long.score - prior('register')).toBeCloseTo(0.2 + 2 / 6);
    expect(register.score - prior('register')).toBeCloseTo(4 / 6);
    expect(chooseReadings([long, register])).toEqual([register]);
  });

  it('keeps readings of separate regions side by side, and the user mapping over anything it overlaps', () => {
    const sizes = [4, 4];
    const left = proposeReading('long-format', region, [namesRepeat(sizes)]);
    const right = proposeReading('register', { r0: 0, c0: 5, r1: 6, c1: 8 }, [namesOwnRow([1, 1, 1])]);
    const mapping = proposeReading('mapping', { r0: 3, c0: 2, r1: 9, c1: 6 }, []);
    expect(chooseReadings([left, right])).toEqual([left, right]);
    expect(chooseReadings([left, right, mapping])).toEqual([mapping]);
    expect(scoreReading('mapping', [])).toBe(Infinity);
  });
});

describe('readings on a sheet', () => {
  it('reports the reading chosen for each table with the evidence it found', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Indicator', 'Period', 'Value', 'Target'],
        ['Visits', '2023/24', 100, 110],
        ['Visits', '2024/25', 120, 110],
        ['Calls', '2023/24', 50, 60],
        ['Calls', '2024/25', 55, 60],
        [],
        [],
        ['Measure', 'Target', 'Actual'],
        ['Complaints answered in 10 days', 90, 92],
        ['Staff sickness days', 8, 9],
      ]),
    );
    expect(d.readings?.map((r) => r.reading)).toEqual(['long-format', 'register']);
    const [long, register] = d.readings ?? [];
    expect(long.region).toEqual({ r0: 0, c0: 0, r1: 4, c1: 3 });
    expect(long.evidence.map((e) => e.found)).toEqual([
      '4 of 4 rows share their name with a row of another period (2 names)',
      '2 of 2 indicators have a figure for their latest period',
    ]);
    expect(register.evidence.map((e) => e.found)).toEqual([
      '3 columns given a role (3 by their header words)',
      '2 of 2 indicators have a figure for their latest period',
    ]);
    expect(register.score - prior('register')).toBeCloseTo(1);
  });

  it("scores a register's header words lower where the content overrode them, and says which", () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'Goal', 'Target', 'Actual'],
        ['Complaints answered in 10 days', 'Answer more complaints on time', 90, 92],
        ['Staff sickness days', 'Fewer days lost to sickness', 8, 9],
        ['Homes let within 28 days', 'Let empty homes sooner', 75, 70],
      ]),
    );
    const [register] = d.readings ?? [];
    expect(register.reading).toBe('register');
    expect(register.evidence[0]).toEqual({
      step: 'header words fit content',
      // "Goal" (a target by its word) holds sentences: the content makes it the objective.
      found:
        '4 columns given a role (3 by their header words, 1 by their content); the content overrode the header words of 1',
      fit: 3 / 4,
    });
  });

  // Two names with two periods each, then four names with one: half the rows in a series.
  const halfInSeries = [
    ['Indicator', 'Period', 'Value', 'Target'],
    ['Visits', '2023/24', 100, 110],
    ['Visits', '2024/25', 120, 110],
    ['Calls', '2023/24', 50, 60],
    ['Calls', '2024/25', 55, 60],
    ['Repairs', '2024/25', 40, 45],
    ['Lettings', '2024/25', 12, 10],
    ['Complaints', '2024/25', 7, 5],
    ['Arrears', '2024/25', 3, 2],
  ];

  it('weighs a long table against the register reading of the same rows, and says so when it is close', () => {
    const d = detectSheet(buildSnapshot(halfInSeries));
    const [long] = d.readings ?? [];
    expect(long.reading).toBe('long-format');
    expect(long.passedOver.map((r) => [r.reading, r.evidence[0].found])).toEqual([
      ['register', '4 of 8 rows have a name no other row has'],
    ]);
    // One warning for the table: the reading kept, why, and the --map that reads it the other way.
    const close = d.warnings.filter((w) => w.message.includes('was close'));
    expect(close.map((w) => w.message)).toEqual([
      'Table at A1 read as long format (one indicator per name, a row per period): 4 of 8 rows share their name with a row of another period (6 names). A register (one indicator per row) was close: 4 of 8 rows have a name no other row has. To read it that way, map it in the pane or with --map "Sheet1!A1:D9 name=A actual=C target=D".',
    ]);
  });

  it('reads the table as that --map says once it is given: the mapping wins the region', () => {
    const spec = parseMapSpec('Sheet1!A1:D9 name=A actual=C target=D');
    if (!spec.ok) throw new Error(spec.error);
    const d = detectSheet(buildSnapshot(halfInSeries), { owned: [], mappings: [spec.value.mapping] });
    expect(d.readings?.map((r) => r.reading)).toEqual(['mapping']);
    expect(d.indicators.map((i) => i.name)).toEqual([
      'Visits',
      'Visits',
      'Calls',
      'Calls',
      'Repairs',
      'Lettings',
      'Complaints',
      'Arrears',
    ]);
    expect(d.warnings.filter((w) => w.message.includes('was close'))).toEqual([]);
  });

  it('says nothing where the long reading is clearly better', () => {
    const d = detectSheet(buildSnapshot(halfInSeries.slice(0, 6)));
    expect(d.readings?.[0].passedOver.map((r) => r.reading)).toEqual(['register']);
    expect(d.warnings.filter((w) => w.message.includes('was close'))).toEqual([]);
  });
});

describe('each layout a reading', () => {
  it('reads a card as a card reading and reports the periods of its date row', () => {
    const dates = ['Apr-24', 'May-24', 'Jun-24', 'Jul-24'];
    const d = detectSheet(
      buildSnapshot([
        ['', ...dates],
        ['Actual', 12, 14, 13, 15],
        ['Target', 12, 12, 12, 12],
      ]),
    );
    expect(d.readings?.map((r) => [r.reading, r.evidence.map((e) => e.found)])).toEqual([
      ['card', ['4 of 4 cells of the date row read as periods', '1 of 1 indicator has a figure for its latest period']],
    ]);
  });

  it('weighs metrics across against the register reading of its header row: month labels are no names', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'Calls', 'Calls Target', 'Visits', 'Visits Target'],
        ['Apr-24', 10, 12, 5, 6],
        ['May-24', 13, 12, 7, 6],
        ['Jun-24', 11, 12, 6, 6],
      ]),
    );
    const [across] = d.readings ?? [];
    expect(across.reading).toBe('metrics-across');
    expect(across.evidence[0].found).toBe('3 of 3 row labels read as periods');
    expect(across.passedOver.map((r) => [r.reading, r.evidence[0].found, r.mapSpec])).toEqual([
      ['register', '0 of 3 row labels are not periods', 'Sheet1!A1:E4 name=A actual=B target=C'],
    ]);
    expect(d.warnings.filter((w) => w.message.includes('was close'))).toEqual([]);
  });
});
