/** Export the rules as a JSON file and import them from one (the browser's file picker). */
import { Button, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';

/** File.text() where the browser has it, FileReader where it does not (older WebViews in Office). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsText(file);
  });
}

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', gap: '8px' } });

interface Props {
  onExport: () => void;
  onImport: (text: string, fileName: string) => void;
}

export function RulesFileActions({ onExport, onImport }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <Button onClick={onExport}>Export rules (JSON)</Button>
      <Button onClick={() => input.current?.click()}>Import rules (JSON)</Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Rules file to import"
        data-testid="rules-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void readText(file).then((text) => onImport(text, file.name));
        }}
      />
    </div>
  );
}
