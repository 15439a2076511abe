import { homedir } from 'node:os';
import path from 'node:path';
import type { Word } from './ast.js';

/** The program a word names: `/usr/local/bin/terraform` → terraform. */
export function commandName(word: Word | undefined): string {
  if (word === undefined) return '';
  return baseName(word.text);
}

export function baseName(text: string): string {
  const trimmed = text.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1).replace(/\.exe$/i, '');
}

const TF_NAME = /^(?:terraform|tofu|terragrunt)(?:[-_]?v?\d[\w.]*)?$/;

/** terraform, tofu, terragrunt, and versioned copies (`terraform1.9`, `tofu-1.8`). */
export function isTfName(name: string): boolean {
  return TF_NAME.test(name);
}

/** Which of the three a name is. */
export function tfFamily(name: string): 'terraform' | 'tofu' | 'terragrunt' {
  if (name.startsWith('terragrunt')) return 'terragrunt';
  return name.startsWith('tofu') ? 'tofu' : 'terraform';
}

export function expandTilde(word: Word): string {
  if (!word.tilde) return word.text;
  if (word.text === '~') return homedir();
  if (word.text.startsWith('~/')) return path.join(homedir(), word.text.slice(2));
  return word.text;
}

/** A set from whitespace-separated words: long lists of names stay readable. */
export function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((word) => word !== ''));
}
