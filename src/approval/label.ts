/** Rule 1: the label is on the pull request now. GitHub compares label names case-insensitively. */
export function isLabelOn(liveLabels: readonly string[], label: string): boolean {
  return liveLabels.some((name) => name.toLowerCase() === label.toLowerCase());
}
