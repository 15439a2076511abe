/**
 * Wildcard matching without backtracking blow-up, used twice: for the characters of one path
 * segment (`*` = any run of characters) and for the segments of a path (`**` = any run of
 * segments). Every other token matches exactly one item, so the classic two-pointer algorithm
 * is exact: on a mismatch only the most recent star needs to take one more item. Time is
 * O(tokens × items) for any pattern, so a hostile CODEOWNERS line such as `*a*a*a*a*a*b` or a
 * chain of `**` segments cannot stall the action the way a backtracking RegExp can.
 */
export function wildcardMatch<Token, Item>(
  tokens: readonly Token[],
  items: readonly Item[],
  isStar: (token: Token) => boolean,
  matchesOne: (token: Token, item: Item) => boolean,
): boolean {
  let t = 0;
  let i = 0;
  let starToken = -1;
  let starItem = 0;
  while (i < items.length) {
    const token = tokens[t];
    const item = items[i] as Item;
    if (token !== undefined && isStar(token)) {
      starToken = t;
      starItem = i;
      t += 1;
    } else if (token !== undefined && matchesOne(token, item)) {
      t += 1;
      i += 1;
    } else if (starToken >= 0) {
      t = starToken + 1;
      starItem += 1;
      i = starItem;
    } else {
      return false;
    }
  }
  while (t < tokens.length && isStar(tokens[t] as Token)) t += 1;
  return t === tokens.length;
}
