// Words that deny what directly follows them: "geen woordvoerder", "not a civil servant", "niet namens".

export const NEGATIONS: ReadonlySet<string> = new Set(['geen', 'niet', 'not', 'no', 'nooit', 'never']);
