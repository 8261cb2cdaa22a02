/**
 * The mapping fallback: when detection finds nothing, or reads a table wrongly, the user selects the
 * table in the sheet, says which column holds what, and the mapping is saved with the workbook.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneHost } from '../../core/host';
import { messageOf } from '../errors';
import { useFitStyles } from '../fit-styles';
import { NumberField } from '../rules/NumberField';
import { emptyForm, fieldOptions, mappingProblems, toMapping, type MappingForm } from './mapping-form';
import { OffsetSelect } from './OffsetSelect';
import { PeriodPicker } from './PeriodPicker';
import { RangeGrid } from './RangeGrid';

/** The corner of the range read for header names and the grid (a whole-sheet selection is not read whole). */
const READ_ROWS = 200;
const READ_COLS = 200;

const useStyles = makeStyles({
  root: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: '18px' },
  // Input and its button side by side, so the range box costs one line of a narrow pane.
  rangeForm: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  rangeField: { flex: '1 1 8em', minWidth: 0 },
});

interface Props {
  host: PaneHost;
  announce: (message: string) => void;
  /** Called after a mapping is saved, so the app can go back to scoring. */
  onSaved: (message: string) => void;
}

export function MappingView({ host, announce, onSaved }: Props) {
  const styles = useStyles();
  const fit = useFitStyles();
  const [sheet, setSheet] = useState<string | null>(null);
  const [form, setForm] = useState<MappingForm | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [cells, setCells] = useState<string[][]>([]);
  // The preview has no sheet to drag over: the range is typed here (and starts empty for each workbook).
  const [typed, setTyped] = useState('');

  const takeSelection = async () => {
    setProblems([]);
    try {
      const sel = await host.getSelectedRange();
      if (!sel) {
        setProblems(['Select the whole table in the sheet, headers included, then try again.']);
        announce('No range is selected.');
        return;
      }
      // Header names are a help, not a need: the form works with letters alone if they cannot be read.
      const text = await (
        host.readRangeText?.(sel.sheet, sel.address, READ_ROWS, READ_COLS) ?? Promise.resolve([])
      ).catch(() => []);
      setSheet(sel.sheet);
      setCells(text);
      setForm(emptyForm(sel.address));
      announce(`Using ${sel.sheet} ${sel.address}. Now choose the columns.`);
    } catch (e) {
      setProblems([messageOf(e)]);
    }
  };

  const takeTyped = () => {
    const select = host.selectRange;
    if (!select) return;
    const address = typed.trim();
    // An empty box takes what the host offers: the selection, else the sheet's used range.
    if (address && !select(address)) {
      setProblems([`"${address}" is not a cell or range address (for example A3:H20).`]);
      announce(`${address} is not a cell or range address.`);
      return;
    }
    void takeSelection();
  };

  const save = async () => {
    if (!form || !sheet) return;
    const found = mappingProblems(form);
    setProblems(found);
    if (found.length) {
      announce(`The mapping was not saved. ${found[0]}`);
      return;
    }
    setBusy(true);
    try {
      await host.saveMapping(sheet, toMapping(form));
      const message = `Mapping saved for ${sheet} ${form.range}. Score the sheet again to use it.`;
      announce(message);
      onSaved(message);
    } catch (e) {
      const m = messageOf(e);
      setProblems([m]);
      announce(`The mapping was not saved. ${m}`);
    } finally {
      setBusy(false);
    }
  };

  const options = form ? fieldOptions(form, cells) : [];
  const across = form?.orientation === 'columns' ? 'Row' : 'Column';
  const set = (patch: Partial<MappingForm>) => form && setForm({ ...form, ...patch });

  return (
    <div className={styles.root}>
      <Text className={styles.muted}>
        {host.selectRange
          ? 'Type the range of the table, headers included (or leave it empty for the whole sheet), then tell Scorelight which column holds what.'
          : 'Select the table in the sheet, headers included, then tell Scorelight which column holds what.'}
      </Text>
      {host.selectRange ? (
        <form
          className={styles.rangeForm}
          onSubmit={(e) => {
            e.preventDefault();
            takeTyped();
          }}
        >
          <Field label="Range to map (e.g. A3:H20)" className={styles.rangeField}>
            <Input className={fit.fill} value={typed} onChange={(_, d) => setTyped(d.value)} />
          </Field>
          <Button type="submit" appearance={form ? 'secondary' : 'primary'}>
            Use this range
          </Button>
        </form>
      ) : (
        <Button appearance={form ? 'secondary' : 'primary'} onClick={() => void takeSelection()}>
          Use selected range
        </Button>
      )}
      {problems.length ? (
        <MessageBar layout="multiline" intent="error" data-testid="mapping-problems">
          <MessageBarBody>
            <ul className={styles.list}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {form ? (
        <form
          className={styles.root}
          aria-label="Map the table"
          // Our own messages, not the browser's validation bubbles, say what is missing.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Text weight="semibold">
            {sheet} {form.range}
          </Text>
          <RangeGrid range={form.range} cells={cells} />
          <Field label="One indicator per">
            <RadioGroup
              layout="horizontal"
              value={form.orientation}
              onChange={(_, d) =>
                set({ ...emptyForm(form.range), orientation: d.value === 'columns' ? 'columns' : 'rows' })
              }
            >
              <Radio value="rows" label="Row" />
              <Radio value="columns" label="Column" />
            </RadioGroup>
          </Field>
          <NumberField
            label="Header rows before the first indicator"
            value={form.headerCount}
            onChange={(n) => set({ headerCount: n })}
          />
          <OffsetSelect label="Indicator name" value={form.name} options={options} onChange={(name) => set({ name })} />
          <OffsetSelect
            label="Target"
            optional
            value={form.target}
            options={options}
            onChange={(target) => set({ target })}
          />
          <Field label="Values">
            <RadioGroup
              value={form.valuesKind}
              onChange={(_, d) => set({ valuesKind: d.value === 'periods' ? 'periods' : 'actual' })}
            >
              <Radio value="actual" label={`One actual ${across.toLowerCase()}`} />
              <Radio value="periods" label={`One ${across.toLowerCase()} per period`} />
            </RadioGroup>
          </Field>
          {form.valuesKind === 'actual' ? (
            <OffsetSelect label="Actual" value={form.actual} options={options} onChange={(actual) => set({ actual })} />
          ) : (
            <PeriodPicker
              legend={`Period ${across.toLowerCase()}s`}
              options={options}
              value={form.periods}
              onChange={(periods) => set({ periods })}
            />
          )}
          <OffsetSelect
            label="Polarity"
            optional
            hint="Where the sheet says which way is good."
            value={form.polarity}
            options={options}
            onChange={(polarity) => set({ polarity })}
          />
          <OffsetSelect
            label="Status"
            optional
            hint="Where Scorelight writes the status; None adds a column."
            value={form.status}
            options={options}
            onChange={(status) => set({ status })}
          />
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabledFocusable={busy}>
              Save mapping
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
