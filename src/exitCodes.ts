export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
