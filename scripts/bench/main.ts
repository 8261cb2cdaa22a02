/** Runs every bench group and prints `name: value` lines. `npm run bench -- engine cli` runs some groups. */
import * as os from 'os';
import { benchBundle } from './bundle';
import { benchCli } from './cli';
import { benchEngine } from './engine';
import { benchExcel } from './excel';
import { benchHostile } from './hostile';
import { benchFuzz } from './fuzz';
import { benchOoxml } from './ooxml';
import { benchPane } from './pane';
import { benchA11y } from './a11y';
import { benchParse } from './parse';
import { benchPolarity } from './polarity';
import { benchRealworld } from './realworld';
import { benchCorpus } from './corpus';
import { benchHeldout } from './heldout';

type Group = (root: string) => Promise<Record<string, number>> | Record<string, number>;

const GROUPS: Record<string, Group> = {
  engine: () => benchEngine(),
  excel: () => benchExcel(),
  cli: (root) => benchCli(root),
  bundle: (root) => benchBundle(root),
  pane: (root) => benchPane(root),
  hostile: (root) => benchHostile(root),
  fuzz: (root) => benchFuzz(root),
  ooxml: (root) => benchOoxml(root),
  a11y: (root) => benchA11y(root),
  realworld: (root) => benchRealworld(root),
  corpus: (root) => benchCorpus(root),
  heldout: (root) => benchHeldout(root),
  parse: () => benchParse(),
  polarity: (root) => benchPolarity(root),
};

export async function main(root: string, args: string[]): Promise<void> {
  const wanted = args.length > 0 ? args : Object.keys(GROUPS);
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  process.stdout.write(
    `# machine: ${os.cpus().length} cores, ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}\n`,
  );
  for (const name of wanted) {
    const group = GROUPS[name];
    if (!group) throw new Error(`unknown bench group "${name}" (groups: ${Object.keys(GROUPS).join(', ')})`);
    const figures = await group(root);
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k}: ${v}\n`);
  }
}
