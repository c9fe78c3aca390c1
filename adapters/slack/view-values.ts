// Reading what a user filled in on a submitted modal.
export type ViewValues = Record<string, Record<string, Record<string, unknown>>>;

export function inputValue(values: ViewValues, block: string, action: string): string | undefined {
  const value = values[block]?.[action]?.value;
  return typeof value === 'string' ? value : undefined;
}

export function selectedValue(values: ViewValues, block: string, action: string): string | undefined {
  const selected = values[block]?.[action]?.selected_option as { value?: unknown } | null | undefined;
  return typeof selected?.value === 'string' ? selected.value : undefined;
}
