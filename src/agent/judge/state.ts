/**
 * State replacement, the incident's first step: copying, moving, linking, unpacking or writing
 * over `*.tfstate` or `.terraform/`. Reading state is fine; so is removing `.terraform/` (init
 * rebuilds it from the configuration).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Word } from '../shell/ast.js';
import type { CommandRecord } from '../shell/commands.js';
import { commandName, expandTilde, isTfName, wordSet } from '../shell/names.js';

const STATE_FILE = /(?:^|\/)[^/]*\.tfstate(?:\.[^/]*)?$/;
const DATA_DIR = /(?:^|\/)\.terraform(?:\/|$)/;

export function isStatePath(text: string): boolean {
  return STATE_FILE.test(text) || DATA_DIR.test(text);
}

/** Programs that only read the files they are given. */
const READERS = wordSet(`
  cat less more head tail grep egrep fgrep zgrep rg ag ack jq yq wc ls stat file diff cmp
  sha256sum sha1sum md5sum shasum b2sum du tree realpath readlink basename dirname test [ [[
  echo printf strings hexdump xxd od type which
`);
const GIT_READS = wordSet('status log diff show blame ls-files add grep check-ignore');
const COPIERS = wordSet('cp mv rsync ln install ditto scp rclone rsync-ssl');
const OUTPUT_REDIRECTS = new Set(['>', '>>', '>|', '&>', '&>>', '<>']);

/** Why this command would replace Terraform state, or undefined. */
export function stateRefusal(record: CommandRecord): string | undefined {
  const redirect = record.redirects.find(
    (r) => OUTPUT_REDIRECTS.has(r.op) && isStatePath(r.target.text),
  );
  if (redirect !== undefined) return `it writes over ${redirect.target.text}`;
  const program = record.words[record.index];
  if (program === undefined || !program.literal) return undefined;
  const name = commandName(program);
  const args = record.words.slice(record.index + 1);
  if (isTfName(name)) return undefined; // judged as a terraform command
  if (name === 'tar' || name === 'bsdtar' || name === 'gtar') return tarRefusal(args, record.cwd);
  if (name === 'unzip') return unzipRefusal(args, record.cwd);
  if (unpacksBlind(name, args)) return `${name} unpacks an archive destroy-guard does not list`;
  const named = args.find((word) => isStatePath(word.text));
  if (name === 'rm' || name === 'unlink' || name === 'shred' || name === 'rmdir') {
    return named === undefined ? undefined : `it deletes ${named.text}`;
  }
  if (COPIERS.has(name)) return copyRefusal(name, args, record.cwd);
  if (named === undefined || READERS.has(name)) return undefined;
  if (name === 'find' && !args.some((word) => /^-(?:delete|exec|execdir|ok)$/.test(word.text)))
    return undefined;
  if (name === 'git' && GIT_READS.has(args.find((word) => !word.text.startsWith('-'))?.text ?? ''))
    return undefined;
  return `\`${name}\` would change ${named.text}`;
}

/**
 * cp, mv, rsync, ln: refused when what lands is state (the target is a state path, or a state
 * file or a directory holding state is copied into a directory), or when mv takes state away.
 * Copying state out to a file of another name (a backup) is fine.
 */
function copyRefusal(
  name: string,
  args: readonly Word[],
  cwd: string | undefined,
): string | undefined {
  const operands = args.filter((word) => !word.text.startsWith('-'));
  const targetFlag = args.findIndex((word) => /^(?:-t|--target-directory)(?:=|$)/.test(word.text));
  const target = targetFlag >= 0 ? args[targetFlag + 1] : operands[operands.length - 1];
  const sources = targetFlag >= 0 ? operands : operands.slice(0, -1);
  if (target === undefined) return undefined;
  if (isStatePath(target.text)) return `it writes ${target.text}`;
  const stateSource = sources.find((word) => isStatePath(word.text));
  if (stateSource !== undefined && (name === 'mv' || isDirectory(target, cwd)))
    return `it moves or copies ${stateSource.text} into place`;
  const hidden = sources.find((word) => holdsState(word, cwd));
  return hidden === undefined ? undefined : `it copies ${hidden.text}, which holds Terraform state`;
}

function isDirectory(word: Word, cwd: string | undefined): boolean {
  if (/(?:^|\/)\.{0,2}$|\/$/.test(word.text)) return true;
  try {
    return statSync(path.resolve(cwd ?? '.', expandTilde(word))).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a directory (or the directory of a glob) holds state, three levels down. */
function holdsState(word: Word, cwd: string | undefined): boolean {
  if (cwd === undefined) return !word.literal;
  const text = expandTilde(word);
  const glob = text.search(/[*?[]/);
  const dir = path.resolve(cwd, glob < 0 ? text : path.dirname(text.slice(0, glob + 1)));
  return scan(dir, 3);
}

function scan(dir: string, depth: number): boolean {
  let entries;
  try {
    if (!statSync(dir).isDirectory()) return false;
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some(
    (entry) =>
      isStatePath(entry.name) ||
      (entry.isDirectory() && depth > 0 && scan(path.join(dir, entry.name), depth - 1)),
  );
}

/** 7z, cpio and pax extracting: archives this guard does not list, so refused. */
function unpacksBlind(name: string, args: readonly Word[]): boolean {
  const texts = args.map((word) => word.text);
  if (name === '7z' || name === '7za') return texts[0] === 'x' || texts[0] === 'e';
  if (name === 'cpio') return texts.some((t) => /^-[A-Za-z]*i/.test(t) || t === '--extract');
  if (name === 'pax') return texts.some((t) => /^-[A-Za-z]*r/.test(t));
  return false;
}

function tarRefusal(args: readonly Word[], cwd: string | undefined): string | undefined {
  const first = args[0]?.text ?? '';
  const bundle = first.startsWith('-') ? '' : first;
  const extracts =
    /x/.test(bundle) ||
    args.some(
      (word) =>
        /^-[A-Za-z]*x/.test(word.text) || word.text === '--extract' || word.text === '--get',
    );
  if (!extracts) return undefined;
  const archive = tarArchive(args, bundle);
  if (archive === undefined || archive.text === '-' || !archive.literal) {
    return 'tar unpacks an archive from standard input or an unknown file, which may hold Terraform state';
  }
  return listedState('tar', ['-tf', resolveIn(cwd, archive)], cwd, archive.text);
}

function tarArchive(args: readonly Word[], bundle: string): Word | undefined {
  for (let k = 0; k < args.length; k++) {
    const word = args[k];
    if (word === undefined) continue;
    const text = word.text;
    if (text.startsWith('--file=')) return { ...word, text: text.slice(7) };
    if (text === '--file') return args[k + 1];
    if (/^-[A-Za-z]*f$/.test(text) || (k === 0 && bundle.includes('f'))) return args[k + 1];
    if (/^-[A-Za-z]*f./.test(text)) return { ...word, text: text.slice(text.indexOf('f') + 1) };
  }
  return undefined;
}

function unzipRefusal(args: readonly Word[], cwd: string | undefined): string | undefined {
  if (args.some((word) => /^-[A-Za-z]*[lZv]/.test(word.text))) return undefined; // listing only
  const archive = args.find((word) => !word.text.startsWith('-'));
  if (archive === undefined || !archive.literal)
    return 'unzip unpacks an archive destroy-guard cannot list';
  return listedState('unzip', ['-Z1', resolveIn(cwd, archive)], cwd, archive.text);
}

function resolveIn(cwd: string | undefined, word: Word): string {
  return path.resolve(cwd ?? '.', expandTilde(word));
}

/** Lists the archive; refuses when it holds state, or cannot be listed. */
function listedState(
  tool: string,
  args: string[],
  cwd: string | undefined,
  shown: string,
): string | undefined {
  const listing = spawnSync(tool, args, {
    cwd: cwd ?? '.',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 20_000,
  });
  if (listing.error !== undefined || listing.status !== 0) {
    return `${tool} unpacks ${shown}, which destroy-guard could not list to see whether it holds Terraform state`;
  }
  const member = listing.stdout
    .split('\n')
    .find((line) => isStatePath(line.trim().replace(/\/$/, '/')));
  return member === undefined
    ? undefined
    : `${tool} unpacks ${member.trim()} from ${shown} over the working state`;
}
