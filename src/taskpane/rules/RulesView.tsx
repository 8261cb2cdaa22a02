/**
 * Edit the shared rules. Edits stay in a draft until Save; invalid rules get inline messages and are
 * not saved (checked here, and the host validates again). Import loads a file into the draft.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Rules } from '../../core/rules/types';
import { messageOf } from '../errors';
import type { RulesKit } from '../rules-kit';
import { AppearanceEditor } from './AppearanceEditor';
import { OverridesEditor } from './OverridesEditor';
import { RulesFileActions } from './RulesFileActions';
import { SchemeFields } from './SchemeFields';
import { TrendFields } from './TrendFields';

const useStyles = makeStyles({
  root: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' },
  heading: { margin: '4px 0 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: '18px' },
});

export interface RulesViewProps {
  rules: Rules | null;
  kit: RulesKit;
  onSave: (rules: Rules) => Promise<void>;
  onExport: (fileName: string, json: string) => void;
  announce: (message: string) => void;
}

/** Numbers the user left unreadable ("", "abc") arrive as NaN; the engine would see null in JSON. */
function findNaN(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} must be a number`);
  else if (Array.isArray(value)) value.forEach((v, i) => findNaN(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) findNaN(v, path ? `${path}.${k}` : k, out);
}

export function RulesView({ rules, kit, onSave, onExport, announce }: RulesViewProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Rules | null>(rules);
  const [errors, setErrors] = useState<string[]>([]);
  const [info, setInfo] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(rules), [rules]);

  if (!draft) return <Spinner label="Loading the rules…" />;

  const check = (r: Rules): string[] => {
    const local: string[] = [];
    findNaN(r, '', local);
    return local.length ? local : kit.validate(r);
  };
  const errorFor = (field: string) => {
    const hits = errors.filter((e) => e.startsWith(field));
    return hits.length ? hits.join(' ') : undefined;
  };
  const change = (r: Rules) => {
    setDraft(r);
    setInfo(null);
    // Re-check as the user edits once a save has shown errors, so messages clear when fixed.
    if (errors.length) setErrors(check(r));
  };
  const save = async () => {
    const problems = check(draft);
    setErrors(problems);
    if (problems.length) {
      announce(`The rules were not saved: ${problems.length} problem${problems.length > 1 ? 's' : ''}. ${problems[0]}`);
      return;
    }
    setSaving(true);
    try {
      await onSave(draft);
      setInfo('Rules saved.');
      announce('Rules saved.');
    } catch (e) {
      const m = messageOf(e);
      setErrors([m]);
      announce(`The rules were not saved. ${m}`);
    } finally {
      setSaving(false);
    }
  };
  const exportRules = () => {
    const problems = check(draft);
    setErrors(problems);
    if (problems.length) {
      announce('Fix the rules before exporting them.');
      return;
    }
    onExport('scorelight-rules.json', kit.toJson(draft));
    announce('Rules exported.');
  };
  const importRules = (text: string, fileName: string) => {
    const parsed = kit.fromJson(text);
    if (!parsed.ok) {
      setErrors(parsed.errors.length ? parsed.errors : [`${fileName} is not a rules file.`]);
      announce(`${fileName} could not be imported.`);
      return;
    }
    setDraft(parsed.rules);
    setErrors([]);
    setInfo(`Imported ${fileName}. Review, then Save to use these rules.`);
    announce(`Imported ${fileName}. Save to use these rules.`);
  };

  return (
    <form
      className={styles.root}
      aria-label="Scoring rules"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {errors.length ? (
        <MessageBar layout="multiline" intent="error" data-testid="rules-errors">
          <MessageBarBody>
            The rules were not saved:
            <ul className={styles.list}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {info ? (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{info}</MessageBarBody>
        </MessageBar>
      ) : null}
      <h2 className={styles.heading}>Status</h2>
      <SchemeFields
        rules={draft}
        presetNames={kit.presetNames}
        presetTitle={kit.presetTitle}
        percentScale={kit.percentScale}
        errorFor={errorFor}
        onChange={change}
        onPreset={(name) => {
          try {
            change(kit.presetRules(name));
          } catch (e) {
            setErrors([messageOf(e)]);
          }
        }}
      />
      <h2 className={styles.heading}>Trend</h2>
      <TrendFields trend={draft.trend} errorFor={errorFor} onChange={(trend) => change({ ...draft, trend })} />
      <AppearanceEditor rules={draft} errorFor={errorFor} onChange={change} />
      <h2 className={styles.heading}>Per-indicator overrides</h2>
      <OverridesEditor
        overrides={draft.overrides}
        percentScale={kit.percentScale}
        errorFor={errorFor}
        onChange={(overrides) => change({ ...draft, overrides })}
      />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          Save rules
        </Button>
        <Button onClick={() => change(rules ?? draft)} disabledFocusable={saving}>
          Discard changes
        </Button>
      </div>
      <RulesFileActions onExport={exportRules} onImport={importRules} />
    </form>
  );
}
