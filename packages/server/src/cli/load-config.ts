import { loadConfig, type Config } from '../config/config.js';
import type { Io } from './io.js';

/** The configuration, or undefined after printing each invalid variable and what is allowed. */
export function configOrReport(
  io: Io,
  env: Record<string, string | undefined> = process.env,
): Config | undefined {
  const result = loadConfig(env);
  if (result.ok) return result.value;
  const lines = (result.issues ?? []).map((i) => `  ${i.field}: ${i.message}`);
  io.err(`acupress: invalid configuration\n${lines.join('\n')}`);
  return undefined;
}
