// Names for many files moved into one folder in one run, none replacing a file already there.

/**
 * A picker of free names: `name` when it is free, else name-2.yaml, name-3.yaml, …, skipping the
 * names `taken` reports and those already handed out. Each name's search resumes where its last
 * one ended, so files sharing a name cost one probe each rather than a search from the start.
 */
export function freeNames(taken: (name: string) => boolean): (name: string) => string {
  const next = new Map<string, number>();
  const given = new Set<string>();
  return (name) => {
    const base = name.replace(/\.yaml$/, '');
    for (let i = next.get(name) ?? 1; ; i++) {
      const candidate = i === 1 ? name : `${base}-${i}.yaml`;
      if (given.has(candidate) || taken(candidate)) continue;
      next.set(name, i + 1);
      given.add(candidate);
      return candidate;
    }
  };
}
