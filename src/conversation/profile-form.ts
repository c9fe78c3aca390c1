// The profile as chat channels collect it: the words that open the form, and the form's fields read
// back into a profile (validated by the caller with profileSchema).

/** Words a user types to open the profile form. */
export function isProfileRequest(text: string): boolean {
  return /^\s*(profiel|profile|mijn profiel|my profile)\s*$/i.test(text);
}

/** The form's values as a profile; blank fields are left out, topics split on new lines, commas, semicolons. */
export function profileFromForm(values: {
  sector?: string | undefined;
  role?: string | undefined;
  portfolio?: string | undefined;
}): Record<string, unknown> {
  const portfolio = (values.portfolio ?? '')
    .split(/[\n,;]+/)
    .map((topic) => topic.trim())
    .filter((topic) => topic.length > 0);
  return {
    ...(values.sector ? { sector: values.sector } : {}),
    ...(values.role?.trim() ? { role: values.role.trim() } : {}),
    ...(portfolio.length > 0 ? { portfolio } : {}),
  };
}
