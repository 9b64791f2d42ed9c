/** Whether a CI system runs us: CI set to anything but empty, "0" or "false" (any case). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}
