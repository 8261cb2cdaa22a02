/**
 * Function file for the ribbon. Kept minimal: register the command, or, when this page was opened
 * as the message dialog (?message=...), show the message. The work lives in src/excel.
 */
import { renderMessagePage } from '../excel/message-dialog';
import { runScoreCommand, SCORE_FUNCTION_NAME, type CommandEvent } from '../excel/ribbon-command';

Office.onReady(() => {
  if (renderMessagePage(document, window.location.search)) return;
  Office.actions.associate(SCORE_FUNCTION_NAME, (event: CommandEvent) =>
    runScoreCommand(event, { pageUrl: window.location.href }),
  );
});
