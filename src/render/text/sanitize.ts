// Text from questionnaires and answers files is untrusted: nothing from them reaches a terminal
// with its control sequences intact.

// CSI/OSC/other ESC sequences, then any remaining C0/C1 control character except tab and newline.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Removes terminal escape sequences and control characters; keeps newlines and tabs. */
export function stripControl(s: string): string {
  return s.replace(ANSI, '').replace(CONTROL, '');
}

/** For one-line contexts (table cells, finding messages): also folds newlines and tabs. */
export function oneLine(s: string): string {
  return stripControl(s).replace(/\s*[\r\n\t]+\s*/g, ' ');
}
