// 130 = 128 + SIGINT, as shells report a command stopped by Ctrl-C.
export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130 } as const;
