// Renders the pane as the app does (provider + engine rules kit) over a fake host.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane } from '../../src/taskpane/components/Pane';
import { PaneRoot } from '../../src/taskpane/components/PaneRoot';
import { engineRulesKit } from '../../src/taskpane/engine-kit';
import type { PaneHost } from '../../src/core/host';

export function renderPane(host: PaneHost, saveFile?: (name: string, text: string) => void) {
  const user = userEvent.setup();
  const view = render(
    <PaneRoot theme="light">
      <Pane host={host} kit={engineRulesKit()} saveFile={saveFile} />
    </PaneRoot>,
  );
  return { user, ...view };
}
