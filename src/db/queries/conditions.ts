/**
 * Collects optional filter conditions and their parameters: a condition is kept only when its
 * value is given, so the planner sees exactly the predicates the request asked for.
 */
export function optionalConditions(conditions: string[], params: Record<string, unknown>) {
  return (condition: string, name: string, value: unknown): void => {
    if (value === undefined) return;
    conditions.push(condition);
    params[name] = value;
  };
}
