// Whether a text may hold node properties, "&anchor", "*alias" or "!tag" where a node can start:
// parsing takes the bounded path for anchors and aliases, and finding positions do not trust
// js-yaml's events past any property. Questionnaires often hold "&", "*" or "!" in prose, so only
// those characters are looked at (found natively) rather than running a pattern over the text.
const NODE_START_BEFORE = /[\s,[{:-]/;
const NOT_A_NAME = /[\s,[\]{}]/;

/** Whether one of `marks` ("&*", or "!&*" with tags) starts a named property at a node's start. */
export function mayHoldNodeProperty(text: string, marks: string): boolean {
  for (const mark of marks) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      if ((i === 0 || NODE_START_BEFORE.test(text[i - 1]!)) && i + 1 < text.length && !NOT_A_NAME.test(text[i + 1]!)) return true;
    }
  }
  return false;
}
