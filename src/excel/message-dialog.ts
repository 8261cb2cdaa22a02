/**
 * How the ribbon command tells the user something. A function command has no UI of its own and
 * Excel has no toast API, so: success needs no message (the coloured cells are the answer); any
 * other outcome (protected sheet, old Excel, nothing found, a partial write) opens a small Office
 * dialog (DialogApi 1.1: Excel on the web, Windows and Mac) showing the sentence. The dialog page
 * is commands.html itself with ?message=..., so no extra page has to be built or deployed.
 */

const DIALOG_SIZE = { height: 25, width: 30 } as const;

/** Open the dialog and resolve when the user closes it (or it cannot open). Never rejects. */
export function showMessageDialog(message: string, pageUrl: string): Promise<void> {
  return new Promise((resolve) => {
    const context = typeof Office === 'undefined' ? undefined : Office.context;
    const ui = context?.ui;
    // DialogApi 1.1 is not in the manifest's requirements (the command works without it): check it.
    if (!ui || !context?.requirements?.isSetSupported('DialogApi', '1.1')) {
      resolve();
      return;
    }
    const url = `${pageUrl.split(/[?#]/)[0]}?message=${encodeURIComponent(message)}`;
    try {
      ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        const done = (): void => {
          try {
            dialog.close();
          } catch {
            // Already closed by the user.
          }
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      });
    } catch {
      resolve();
    }
  });
}

/**
 * When commands.html is opened as the dialog: show the message and a Close button. Returns false
 * when the page is the function file (no ?message=), so the caller registers the command instead.
 */
export function renderMessagePage(doc: Document, search: string): boolean {
  const message = new URLSearchParams(search).get('message');
  if (message === null) return false;
  const body = doc.body;
  body.textContent = '';
  body.style.fontFamily = 'Segoe UI, system-ui, sans-serif';
  body.style.margin = '16px';
  const title = doc.createElement('h1');
  title.textContent = 'Scorelight';
  title.style.fontSize = '16px';
  const text = doc.createElement('p');
  // textContent, never innerHTML: the message can quote sheet names.
  text.textContent = message;
  const close = doc.createElement('button');
  close.textContent = 'Close';
  close.addEventListener('click', () => {
    if (typeof Office !== 'undefined') Office.context?.ui?.messageParent('close');
  });
  body.append(title, text, close);
  return true;
}
