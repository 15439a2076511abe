/**
 * Named predicates over `change.actions`, the only field a decision may rest on
 * (docs/plan-format.md: "Decide on `actions`, never on `action_reason`").
 */
export type ActionClass =
  | 'delete'
  | 'replace-destroy-before-create'
  | 'replace-create-before-destroy'
  | 'forget'
  | 'create'
  | 'update'
  | 'read'
  | 'no-op'
  | 'open'
  | 'unknown';

const KNOWN_WORDS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget', 'open']);

function is(actions: readonly string[], ...expected: string[]): boolean {
  return actions.length === expected.length && actions.every((word, i) => word === expected[i]);
}

export function isDelete(actions: readonly string[]): boolean {
  return is(actions, 'delete');
}

export function isDestroyBeforeCreate(actions: readonly string[]): boolean {
  return is(actions, 'delete', 'create');
}

/** For a stateful resource this still destroys the old data store; the new one starts empty. */
export function isCreateBeforeDestroy(actions: readonly string[]): boolean {
  return is(actions, 'create', 'delete');
}

/**
 * Removed from state without being destroyed: `["forget"]` (TF and OpenTofu 1.7+),
 * `["create","forget"]` (TF 1.16+), `["forget","create"]` (OpenTofu 1.12+ writes the reverse).
 */
export function isForget(actions: readonly string[]): boolean {
  return (
    is(actions, 'forget') || is(actions, 'create', 'forget') || is(actions, 'forget', 'create')
  );
}

export function isReplace(actions: readonly string[]): boolean {
  return isDestroyBeforeCreate(actions) || isCreateBeforeDestroy(actions);
}

/** Any shape that ends with an object being destroyed. */
export function destroysObject(actions: readonly string[]): boolean {
  return isDelete(actions) || isReplace(actions);
}

export function classifyActions(actions: readonly string[]): ActionClass {
  // By hand rather than through `is`: this runs for every change of a plan of 400,000.
  const [first, second] = actions;
  if (actions.length === 1) {
    switch (first) {
      case 'delete':
        return 'delete';
      case 'forget':
        return 'forget';
      case 'create':
        return 'create';
      case 'update':
        return 'update';
      case 'read':
        return 'read';
      case 'no-op':
        return 'no-op';
      // OpenTofu 1.11 opens ephemeral resources with `["open"]`: nothing is stored or destroyed.
      case 'open':
        return 'open';
      default:
        return 'unknown';
    }
  }
  if (actions.length === 2) {
    if (first === 'delete' && second === 'create') return 'replace-destroy-before-create';
    if (first === 'create' && second === 'delete') return 'replace-create-before-destroy';
    if (first === 'create' && second === 'forget') return 'forget';
    if (first === 'forget' && second === 'create') return 'forget';
  }
  // A word added after this release, or a combination
  // Terraform does not emit: the engine fails closed on it.
  return 'unknown';
}

/** Action words this version does not know, for the `unknown-action` finding's reason. */
export function unknownWords(actions: readonly string[]): string[] {
  return actions.filter((word) => !KNOWN_WORDS.has(word));
}
