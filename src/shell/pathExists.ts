// What is on disk at a path, for commands that decide where to write.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function pathExists(path: string): boolean {
  return existsSync(path);
}

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Whether a folder is a project's root: it holds package.json, .git or node_modules. */
export function isProjectDir(dir: string): boolean {
  return ['package.json', '.git', 'node_modules'].some((f) => existsSync(join(dir, f)));
}
