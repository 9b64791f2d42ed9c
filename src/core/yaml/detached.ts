// The strings a YAML reader returns are mostly slices of the file's text (V8 shares rather than
// copies substrings of 13 characters or more), and a slice keeps the whole text alive. A string
// kept after its file is done with (an id remembered across 500 files, a name kept for a report)
// is copied, or every file read stays in memory and the garbage collector copies it around.

/** The same characters in a string of their own, sharing no other string's memory. */
export function detached(s: string): string {
  // JSON.parse builds a fresh flat string; the round trip is exact for every string.
  return JSON.parse(JSON.stringify(s)) as string;
}
